package dev.digitalstore.shop.cart;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import dev.digitalstore.shop.ShopProperties;

/**
 * A guest's cart id in a long-lived cookie, so the cart survives a browser restart (the
 * session cookie does not). It holds the id only, never the cart.
 */
@Component
class CartCookie {

	private static final Pattern CART_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private final String name;

	private final boolean secure;

	private final Duration maxAge;

	CartCookie(ShopProperties properties) {
		this.name = properties.cookies().name("cart");
		this.secure = properties.cookies().secure();
		this.maxAge = properties.cookies().cartMaxAge();
	}

	Optional<String> read(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (this.name.equals(cookie.getName()) && CART_ID.matcher(cookie.getValue()).matches()) {
				return Optional.of(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	void write(HttpServletResponse response, String cartId) {
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(cartId, this.maxAge).toString());
	}

	void delete(HttpServletRequest request, HttpServletResponse response) {
		if (read(request).isPresent()) {
			response.addHeader(HttpHeaders.SET_COOKIE, cookie("", Duration.ZERO).toString());
		}
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
