package dev.digitalstore.shop.cart;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;

import dev.digitalstore.shop.ShopProperties;
import dev.digitalstore.shop.web.SiteCookie;

/**
 * A guest's cart in a long-lived cookie, so the cart survives a browser restart and a
 * guest needs no server-side session: the cart's id and, for the page header, its item
 * count as last seen ({@code id.count}). Never the cart's contents.
 */
@Component
class CartCookie {

	private static final Pattern VALUE = Pattern.compile("([A-Za-z0-9_-]{1,64})(?:\\.(\\d{1,6}))?");

	private final SiteCookie cookie;

	private final Duration maxAge;

	CartCookie(ShopProperties properties) {
		this.cookie = new SiteCookie(properties.cookies(), "cart");
		this.maxAge = properties.cookies().cartMaxAge();
	}

	Optional<String> read(HttpServletRequest request) {
		return value(request).map((value) -> value.group(1));
	}

	int itemCount(HttpServletRequest request) {
		return value(request).map((value) -> value.group(2)).map(Integer::valueOf).orElse(0);
	}

	/** Writes the cookie unless the browser already holds this id and count. */
	void write(HttpServletRequest request, HttpServletResponse response, String cartId, int itemCount) {
		String value = cartId + "." + itemCount;
		if (!value.equals(value(request).map(Matcher::group).orElse(null))) {
			this.cookie.write(response, value, this.maxAge);
		}
	}

	void delete(HttpServletRequest request, HttpServletResponse response) {
		if (read(request).isPresent()) {
			this.cookie.delete(response);
		}
	}

	private Optional<Matcher> value(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (this.cookie.name().equals(cookie.getName())) {
				Matcher value = VALUE.matcher(cookie.getValue());
				if (value.matches()) {
					return Optional.of(value);
				}
			}
		}
		return Optional.empty();
	}

}
