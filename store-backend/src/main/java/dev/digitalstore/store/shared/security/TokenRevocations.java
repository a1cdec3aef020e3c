package dev.digitalstore.store.shared.security;

/** Tells whether an access token was revoked (signed out) before it expired. */
public interface TokenRevocations {

	boolean isRevoked(String tokenId);

}
