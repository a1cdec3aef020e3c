package dev.digitalstore.shop.cart;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import dev.digitalstore.shop.ShopProperties;

/**
 * A guest's cart in a long-lived cookie, so the cart survives a browser restart and a
 * guest needs no server-side session: the cart's id and, for the page header, its item
 * count as last seen ({@code id.count}). Never the cart's contents.
 */
@Component
class CartCookie {

	private static final Pattern VALUE = Pattern.compile("([A-Za-z0-9_-]{1,64})(?:\\.(\\d{1,6}))?");

	private final String name;

	private final boolean secure;

	private final Duration maxAge;

	CartCookie(ShopProperties properties) {
		this.name = properties.cookies().name("cart");
		this.secure = properties.cookies().secure();
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
			response.addHeader(HttpHeaders.SET_COOKIE, cookie(value, this.maxAge).toString());
		}
	}

	void delete(HttpServletRequest request, HttpServletResponse response) {
		if (read(request).isPresent()) {
			response.addHeader(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO).toString());
		}
	}

	private Optional<Matcher> value(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (this.name.equals(cookie.getName())) {
				Matcher value = VALUE.matcher(cookie.getValue());
				if (value.matches()) {
					return Optional.of(value);
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
