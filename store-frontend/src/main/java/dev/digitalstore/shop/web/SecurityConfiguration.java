package dev.digitalstore.shop.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;

import dev.digitalstore.shop.ShopProperties;

/**
 * Browser-facing security. Authentication is the store API's (see the account feature's
 * sign-in); here: who may see which pages, CSRF on every form, and the headers that keep
 * pages from being framed, sniffed or injected into.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(self)";

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	/**
	 * The CSRF token in its own cookie rather than the session, so that an anonymous
	 * visitor's page views write nothing to the sessions' database. Forms get the token
	 * server-side, so the cookie stays HttpOnly; over HTTPS its {@code __Host-} prefix
	 * keeps sibling subdomains from planting one (the weakness of cookie-held tokens).
	 */
	@Bean
	CsrfTokenRepository csrfTokenRepository(ShopProperties properties) {
		CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
		repository.setCookieName(properties.cookies().name("csrf"));
		repository.setCookiePath("/");
		repository.setCookieCustomizer((cookie) -> cookie.secure(properties.cookies().secure()).sameSite("Lax"));
		return repository;
	}

	@Bean
	SecurityFilterChain shopSecurity(HttpSecurity http, SecurityContextRepository securityContextRepository,
			CsrfTokenRepository csrfTokenRepository, LogoutHandler backendSignOut, ShopProperties properties)
			throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.requestMatchers("/account/**")
			.authenticated()
			.requestMatchers(HttpMethod.GET, "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
			.permitAll()
			.requestMatchers("/actuator/**")
			.denyAll()
			.anyRequest()
			.permitAll())
			.securityContext((context) -> context.securityContextRepository(securityContextRepository))
			// The token in forms is masked anew on each page (BREACH).
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokenRepository)
				.csrfTokenRequestHandler(new XorCsrfTokenRequestAttributeHandler()))
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(signInFirst())
				// 403 through the error page, for missing roles and missing CSRF tokens
				// alike.
				.accessDeniedHandler(new AccessDeniedHandlerImpl()))
			.logout((logout) -> logout.logoutUrl("/sign-out")
				.addLogoutHandler(backendSignOut)
				.invalidateHttpSession(true)
				// and the guest orders this browser placed: a shared computer's next user
				// must not open their confirmation pages
				.deleteCookies(properties.cookies().name("SESSION"), properties.cookies().name("orders"))
				.logoutSuccessUrl("/?signed-out"))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY))
				.frameOptions((frames) -> frames.deny())
				// Written on HTTPS requests only (behind the ALB: X-Forwarded-Proto).
				.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
		return http.build();
	}

	/** Pages that need an account send the shopper to sign in, then back. */
	private static AuthenticationEntryPoint signInFirst() {
		return (request, response, exception) -> {
			response.sendRedirect(
					"/sign-in?next=" + URLEncoder.encode(RequestPath.withQuery(request), StandardCharsets.UTF_8));
		};
	}

}
