package dev.digitalstore.shop.account;

/** A bearer token issued by the store API; {@code expiresIn} is in seconds. */
public record AccessToken(String accessToken, String tokenType, long expiresIn) {

	@Override
	public String toString() {
		return "AccessToken[expiresIn=" + this.expiresIn + "]";
	}

}
