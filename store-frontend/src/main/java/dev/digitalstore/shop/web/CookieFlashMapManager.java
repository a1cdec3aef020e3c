package dev.digitalstore.shop.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

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

	private final SiteCookie cookie;

	CookieFlashMapManager(JsonMapper jsonMapper, ShopProperties properties) {
		this.codec = new FlashCookieCodec(jsonMapper);
		this.cookie = new SiteCookie(properties.cookies(), "notice");
		setFlashMapTimeout((int) MAX_AGE.toSeconds());
	}

	@Override
	@SuppressWarnings("unchecked")
	protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
		if (request.getAttribute(CURRENT) instanceof List<?> current) {
			return (List<FlashMap>) current;
		}
		List<FlashMap> maps = new ArrayList<>(this.codec.decode(this.cookie.value(request).orElse(null)));
		request.setAttribute(CURRENT, maps);
		return maps;
	}

	@Override
	protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
		request.setAttribute(CURRENT, new ArrayList<>(flashMaps));
		Optional<String> value = this.codec.encode(flashMaps);
		if (value.isPresent()) {
			this.cookie.write(response, value.get(), MAX_AGE);
		}
		else if (this.cookie.value(request).isPresent()) {
			this.cookie.delete(response);
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

}
