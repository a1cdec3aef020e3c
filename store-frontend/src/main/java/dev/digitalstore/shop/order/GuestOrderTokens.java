package dev.digitalstore.shop.order;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The access tokens of the orders a guest placed in this session, so the confirmation
 * page works without the e-mailed link (and without the token in the address bar).
 */
public final class GuestOrderTokens {

	private static final String ATTRIBUTE = GuestOrderTokens.class.getName();

	/**
	 * A guest places a handful of orders at most; older tokens are still in their
	 * e-mails.
	 */
	private static final int MAX_REMEMBERED = 20;

	private GuestOrderTokens() {
	}

	public static void remember(HttpServletRequest request, String reference, String token) {
		HttpSession session = request.getSession();
		HashMap<String, String> tokens = new HashMap<>(current(session));
		if (tokens.size() >= MAX_REMEMBERED) {
			tokens.clear();
		}
		tokens.put(reference, token);
		// Set again so the session store sees the change.
		session.setAttribute(ATTRIBUTE, tokens);
	}

	public static Optional<String> find(HttpServletRequest request, String reference) {
		HttpSession session = request.getSession(false);
		return (session != null) ? Optional.ofNullable(current(session).get(reference)) : Optional.empty();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> current(HttpSession session) {
		Object tokens = session.getAttribute(ATTRIBUTE);
		return (tokens instanceof Map<?, ?> map) ? (Map<String, String>) map : Map.of();
	}

}
