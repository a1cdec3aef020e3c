package dev.digitalstore.shop.order;

import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import dev.digitalstore.shop.ShopProperties;
import dev.digitalstore.shop.web.SiteCookie;

/**
 * The access tokens of the orders a guest just placed, in an HttpOnly cookie rather than
 * a session (a session would cost every later request of the guest a database read and
 * write): the confirmation page works without the e-mailed link and without the token in
 * the address bar. The value is {@code REFERENCE:TOKEN} pairs joined by dots, oldest
 * first; anything else is ignored.
 */
@Component
public class GuestOrderTokens {

	/**
	 * Long enough to watch the delivery arrive, as long as the idle session that held
	 * these before; the e-mail holds the lasting link.
	 */
	static final Duration MAX_AGE = Duration.ofMinutes(30);

	/** A guest places a handful of orders at most; older tokens are in their e-mails. */
	static final int MAX_REMEMBERED = 10;

	/** The API's references ({@code DS-} and upper-case letters and digits). */
	private static final String REFERENCE = "[A-Z0-9][A-Z0-9-]{0,39}";

	/** The API's tokens: base64url (an HMAC-SHA256 is 43 characters). */
	private static final String TOKEN = "[A-Za-z0-9_-]{20,100}";

	private static final Pattern PAIR = Pattern.compile("(" + REFERENCE + "):(" + TOKEN + ")");

	private static final Logger logger = LoggerFactory.getLogger(GuestOrderTokens.class);

	private final SiteCookie cookie;

	GuestOrderTokens(ShopProperties properties) {
		this.cookie = new SiteCookie(properties.cookies(), "orders");
	}

	public void remember(HttpServletRequest request, HttpServletResponse response, String reference, String token) {
		if (!PAIR.matcher(reference + ":" + token).matches()) {
			// The API changed its formats: the order page then needs the e-mailed link.
			logger.warn("Order {}'s access token not remembered: unexpected reference or token format", reference);
			return;
		}
		String value = format(with(parse(this.cookie.value(request).orElse(null)), reference, token));
		this.cookie.write(response, value, MAX_AGE);
	}

	public Optional<String> find(HttpServletRequest request, String reference) {
		return Optional.ofNullable(parse(this.cookie.value(request).orElse(null)).get(reference));
	}

	/** The pairs of a cookie value, oldest first; none at all when it is malformed. */
	static Map<String, String> parse(String value) {
		Map<String, String> tokens = new LinkedHashMap<>();
		if (value == null || value.isEmpty() || value.length() > MAX_REMEMBERED * 150) {
			return tokens;
		}
		for (String pair : value.split("\\.", -1)) {
			Matcher matcher = PAIR.matcher(pair);
			if (!matcher.matches() || tokens.size() == MAX_REMEMBERED) {
				return new LinkedHashMap<>();
			}
			tokens.put(matcher.group(1), matcher.group(2));
		}
		return tokens;
	}

	/** The pairs with this one as the newest, without the oldest beyond the limit. */
	static Map<String, String> with(Map<String, String> tokens, String reference, String token) {
		Map<String, String> updated = new LinkedHashMap<>(tokens);
		updated.remove(reference);
		updated.put(reference, token);
		Iterator<String> oldest = updated.keySet().iterator();
		while (updated.size() > MAX_REMEMBERED) {
			oldest.next();
			oldest.remove();
		}
		return updated;
	}

	static String format(Map<String, String> tokens) {
		return tokens.entrySet()
			.stream()
			.map((pair) -> pair.getKey() + ":" + pair.getValue())
			.collect(Collectors.joining("."));
	}

}
