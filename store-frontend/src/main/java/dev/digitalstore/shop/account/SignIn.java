package dev.digitalstore.shop.account;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.stereotype.Component;

import dev.digitalstore.shop.cart.CurrentCart;

/**
 * Signs a shopper in with the store API: the API checks the credentials and issues a
 * token; the shop keeps the token and profile in the session (never in the browser),
 * rotates the session id and builds the security context from the profile's roles.
 */
@Component
class SignIn {

	/** Treat the token as expired a little early, so no request races its expiry. */
	private static final Duration EXPIRY_MARGIN = Duration.ofSeconds(30);

	private final AccountClient accounts;

	private final CurrentCart currentCart;

	private final SecurityContextRepository securityContextRepository;

	private final CsrfTokenRepository csrfTokens;

	private final Clock clock;

	SignIn(AccountClient accounts, CurrentCart currentCart, SecurityContextRepository securityContextRepository,
			CsrfTokenRepository csrfTokens, ObjectProvider<Clock> clock) {
		this.accounts = accounts;
		this.currentCart = currentCart;
		this.securityContextRepository = securityContextRepository;
		this.csrfTokens = csrfTokens;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Throws {@code Unauthorized} for wrong credentials, {@code Throttled} when rate
	 * limited.
	 */
	Me signIn(String email, String password, HttpServletRequest request, HttpServletResponse response) {
		AccessToken token = this.accounts.token(email, password);
		Me me = this.accounts.me(token.accessToken());

		HttpSession session = request.getSession();
		// A new id for the now authenticated session: a planted session id is worthless.
		request.changeSessionId();
		session.setAttribute(SessionCredentials.ATTRIBUTE, new SessionCredentials(token.accessToken(),
				this.clock.instant().plusSeconds(token.expiresIn()).minus(EXPIRY_MARGIN)));

		List<SimpleGrantedAuthority> authorities = me.roles()
			.stream()
			.map((role) -> new SimpleGrantedAuthority("ROLE_" + role))
			.toList();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(me, null, authorities));
		SecurityContextHolder.setContext(context);
		this.securityContextRepository.saveContext(context, request, response);
		// Like the session id, the CSRF token (a cookie) is renewed with the privileges.
		this.csrfTokens.saveToken(null, request, response);

		this.currentCart.adoptAtSignIn(request, response, new Shopper(me, token.accessToken()));
		return me;
	}

}
