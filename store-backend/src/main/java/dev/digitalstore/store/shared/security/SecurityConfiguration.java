package dev.digitalstore.store.shared.security;

import java.util.List;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.json.JsonMapper;

/**
 * The API is an OAuth2 resource server: stateless, bearer tokens signed by the store
 * itself (see the account feature for issuing them). No cookies, so no CSRF; the
 * browser-facing frontend keeps tokens server-side.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, JsonMapper jsonMapper) throws Exception {
		ProblemAuthenticationHandlers handlers = new ProblemAuthenticationHandlers(jsonMapper);
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Stateless: no request to replay after a sign-in page, and sign-out is the
			// API's own endpoint (it revokes the token), so neither filter has work to
			// do.
			.requestCache((cache) -> cache.disable())
			.logout((logout) -> logout.disable())
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/api/admin/**")
				.hasRole(StoreRoles.ADMIN)
				.requestMatchers("/api/me/**", "/api/auth/sign-out")
				.authenticated()
				.requestMatchers(HttpMethod.GET, "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
				.permitAll()
				.requestMatchers("/actuator/**")
				.denyAll()
				.anyRequest()
				.permitAll())
			.oauth2ResourceServer((resourceServer) -> resourceServer
				.jwt((jwt) -> jwt.jwtAuthenticationConverter(authenticationConverter()))
				.authenticationEntryPoint(handlers.entryPoint())
				.accessDeniedHandler(handlers.accessDeniedHandler()))
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(handlers.entryPoint())
				.accessDeniedHandler(handlers.accessDeniedHandler()));
		return http.build();
	}

	@Bean
	JwtDecoder jwtDecoder(JwtProperties properties, ObjectProvider<TokenRevocations> revocations) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(secretKey(properties))
			.macAlgorithm(MacAlgorithm.HS256)
			.build();
		OAuth2TokenValidator<Jwt> notRevoked = (jwt) -> {
			TokenRevocations check = revocations.getIfAvailable();
			if (check != null && jwt.getId() != null && check.isRevoked(jwt.getId())) {
				return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Token revoked", null));
			}
			return OAuth2TokenValidatorResult.success();
		};
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				List.of(JwtValidators.createDefaultWithIssuer(properties.issuer()), notRevoked)));
		return decoder;
	}

	@Bean
	JwtEncoder jwtEncoder(JwtProperties properties) {
		return new NimbusJwtEncoder(new ImmutableSecret<>(secretKey(properties)));
	}

	@Bean
	WebMvcConfigurer callerArgumentResolver() {
		return new WebMvcConfigurer() {
			@Override
			public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
				resolvers.add(new CallerArgumentResolver());
			}
		};
	}

	private static SecretKey secretKey(JwtProperties properties) {
		return new SecretKeySpec(properties.secretBytes(), "HmacSHA256");
	}

	private static JwtAuthenticationConverter authenticationConverter() {
		JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName(StoreRoles.ROLES_CLAIM);
		authorities.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		return converter;
	}

}
