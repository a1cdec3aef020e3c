package dev.digitalstore.shop.account;

/**
 * Who is shopping in this request: a guest, or a signed-in customer with their backend
 * access token. Controllers take it as a parameter.
 */
public record Shopper(Me me, String accessToken) {

	public static final Shopper GUEST = new Shopper(null, null);

	public boolean signedIn() {
		return this.me != null;
	}

	@Override
	public String toString() {
		return signedIn() ? "Shopper[" + this.me.id() + "]" : "Shopper[guest]";
	}

}
