package dev.digitalstore.store.account;

import java.time.Instant;
import java.util.UUID;

import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

import dev.digitalstore.store.shared.security.JwtProperties;
import dev.digitalstore.store.shared.security.StoreRoles;

/**
 * Issues the store's access tokens: signed JWTs the API checks on every request (see
 * {@code shared.security}). The random {@code jti} is what sign-out revokes.
 */
@Component
class AccessTokens {

	private final JwtEncoder encoder;

	private final JwtProperties properties;

	AccessTokens(JwtEncoder encoder, JwtProperties properties) {
		this.encoder = encoder;
		this.properties = properties;
	}

	AccessToken issue(Customer customer) {
		Instant now = Instant.now();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(this.properties.issuer())
			.subject(Long.toString(customer.id()))
			.id(UUID.randomUUID().toString())
			.issuedAt(now)
			.expiresAt(now.plus(this.properties.accessTokenTtl()))
			.claim(StoreRoles.ROLES_CLAIM, customer.roles())
			.claim("email", customer.email())
			.build();
		JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
		String token = this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
		return new AccessToken(token, "Bearer", this.properties.accessTokenTtl().toSeconds());
	}

}
