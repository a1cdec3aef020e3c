package dev.digitalstore.shop.web;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.util.WebUtils;

import dev.digitalstore.shop.ShopProperties;

/**
 * One of the shop's own cookies (cart, notice, guest orders): named and secured as
 * {@code shop.cookies} says ({@code __Host-} prefixed and {@code Secure} except on a
 * local plain-http run), always for the whole site, {@code HttpOnly} and
 * {@code SameSite=Lax}, so no page script and no cross-site post ever carries it.
 */
public final class SiteCookie {

	private final String name;

	private final boolean secure;

	public SiteCookie(ShopProperties.Cookies settings, String base) {
		this.name = settings.name(base);
		this.secure = settings.secure();
	}

	public String name() {
		return this.name;
	}

	/** The value the browser sent, if it sent this cookie. */
	public Optional<String> value(HttpServletRequest request) {
		return Optional.ofNullable(WebUtils.getCookie(request, this.name)).map(Cookie::getValue);
	}

	public void write(HttpServletResponse response, String value, Duration maxAge) {
		response.addHeader(HttpHeaders.SET_COOKIE,
				ResponseCookie.from(this.name, value)
					.path("/")
					.httpOnly(true)
					.secure(this.secure)
					.sameSite("Lax")
					.maxAge(maxAge)
					.build()
					.toString());
	}

	public void delete(HttpServletResponse response) {
		write(response, "", Duration.ZERO);
	}

}
