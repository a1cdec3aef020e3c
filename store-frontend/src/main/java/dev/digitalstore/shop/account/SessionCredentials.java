package dev.digitalstore.shop.account;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * The backend access token of a signed-in shopper. It lives only in the server-side
 * session; the browser never sees it.
 */
record SessionCredentials(String accessToken, Instant expiresAt) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String ATTRIBUTE = SessionCredentials.class.getName();

	boolean expired(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	@Override
	public String toString() {
		return "SessionCredentials[expiresAt=" + this.expiresAt + "]";
	}

}
