package dev.digitalstore.shop.account;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The backend access token of a signed-in shopper. It lives only in the server-side
 * session; the browser never sees it.
 */
record SessionCredentials(String accessToken, Instant expiresAt) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String ATTRIBUTE = SessionCredentials.class.getName();

	/**
	 * The credentials kept in the request's session; null without a session (never
	 * creates one) or when nobody signed in.
	 */
	static SessionCredentials of(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object credentials = (session != null) ? session.getAttribute(ATTRIBUTE) : null;
		return (credentials instanceof SessionCredentials found) ? found : null;
	}

	boolean expired(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	@Override
	public String toString() {
		return "SessionCredentials[expiresAt=" + this.expiresAt + "]";
	}

}
