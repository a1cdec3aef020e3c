package dev.digitalstore.shop.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.AbstractFlashMapManager;

import dev.digitalstore.shop.ShopProperties;

/**
 * Flash attributes (the {@link Notice} after a redirect) in a short-lived cookie instead
 * of the session, so a guest who adds to the cart still has no session: no database read
 * and write on each of their requests. The cookie is deleted once its notice is shown.
 * Everybody uses it, signed in or not.
 */
@Component(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
class CookieFlashMapManager extends AbstractFlashMapManager {

	/** Enough to follow a redirect, even on a slow connection. */
	static final Duration MAX_AGE = Duration.ofSeconds(60);

	/**
	 * This request's flash maps once read or changed, so a later step sees the change.
	 */
	private static final String CURRENT = CookieFlashMapManager.class.getName() + ".current";

	private final FlashCookieCodec codec;

	private final String name;

	private final boolean secure;

	CookieFlashMapManager(JsonMapper jsonMapper, ShopProperties properties) {
		this.codec = new FlashCookieCodec(jsonMapper);
		this.name = properties.cookies().name("notice");
		this.secure = properties.cookies().secure();
		setFlashMapTimeout((int) MAX_AGE.toSeconds());
	}

	@Override
	@SuppressWarnings("unchecked")
	protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
		if (request.getAttribute(CURRENT) instanceof List<?> current) {
			return (List<FlashMap>) current;
		}
		List<FlashMap> maps = new ArrayList<>(this.codec.decode(cookieValue(request).orElse(null)));
		request.setAttribute(CURRENT, maps);
		return maps;
	}

	@Override
	protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
		request.setAttribute(CURRENT, new ArrayList<>(flashMaps));
		Optional<String> value = this.codec.encode(flashMaps);
		if (value.isPresent()) {
			response.addHeader(HttpHeaders.SET_COOKIE, cookie(value.get(), MAX_AGE).toString());
		}
		else if (cookieValue(request).isPresent()) {
			response.addHeader(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO).toString());
		}
	}

	/**
	 * The maps live in each browser's cookie: nothing is shared between requests to lock
	 * (the default would be one lock for all requests of the JVM).
	 */
	@Override
	protected Object getFlashMapsMutex(HttpServletRequest request) {
		return null;
	}

	private Optional<String> cookieValue(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (this.name.equals(cookie.getName())) {
					return Optional.of(cookie.getValue());
				}
			}
		}
		return Optional.empty();
	}

	private ResponseCookie cookie(String value, Duration maxAge) {
		return ResponseCookie.from(this.name, value)
			.path("/")
			.httpOnly(true)
			.secure(this.secure)
			.sameSite("Lax")
			.maxAge(maxAge)
			.build();
	}

}
