package dev.digitalstore.shop.account;

/** The store API's accounts: registration, tokens and the caller's profile. */
public interface AccountClient {

	Me register(Registration registration);

	/**
	 * Exchanges credentials for a token; throws {@code Unauthorized} when they are wrong.
	 */
	AccessToken token(String email, String password);

	Me me(String accessToken);

	/** Revokes the token; the API refuses it afterwards. */
	void signOut(String accessToken);

}
