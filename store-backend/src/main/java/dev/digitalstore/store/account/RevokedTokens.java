package dev.digitalstore.store.account;

import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import dev.digitalstore.store.shared.security.TokenRevocations;

/**
 * Signed-out tokens, kept until they would have expired anyway. Looked up in the database
 * on every authenticated request (a primary-key hit) rather than cached, so a sign-out
 * holds on every replica at once.
 */
@Component
class RevokedTokens implements TokenRevocations {

	private final JdbcClient jdbc;

	RevokedTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public boolean isRevoked(String tokenId) {
		return this.jdbc.sql("select exists (select 1 from revoked_token where jti = :jti)")
			.param("jti", tokenId)
			.query(Boolean.class)
			.single();
	}

	void revoke(String tokenId, Instant expiresAt) {
		this.jdbc.sql("insert into revoked_token (jti, expires_at) values (:jti, :expiresAt) on conflict do nothing")
			.param("jti", tokenId)
			.param("expiresAt", expiresAt.atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * Forgets revocations of tokens that have expired; the margin outlasts the clock skew
	 * token validation tolerates (60 seconds).
	 */
	int purgeExpired() {
		return this.jdbc.sql("delete from revoked_token where expires_at < now() - interval '10 minutes'").update();
	}

}
