package dev.digitalstore.store.account;

/**
 * An issued bearer token.
 *
 * @param expiresIn seconds until it expires
 */
record AccessToken(String accessToken, String tokenType, long expiresIn) {

	@Override
	public String toString() {
		return "AccessToken[tokenType=" + this.tokenType + ", expiresIn=" + this.expiresIn + "]";
	}

}
