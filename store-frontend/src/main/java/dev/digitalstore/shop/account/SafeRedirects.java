package dev.digitalstore.shop.account;

/** Where to go after signing in: only paths of this shop, never another site. */
final class SafeRedirects {

	private SafeRedirects() {
	}

	static String localPath(String next) {
		if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
				|| next.chars().anyMatch(Character::isISOControl)) {
			return "/";
		}
		return next;
	}

}
