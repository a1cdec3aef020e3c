package dev.digitalstore.store.shared.security;

import java.time.Duration;
import java.util.Base64;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the store signs and checks its access tokens (HMAC-SHA256).
 *
 * @param secret base64 of at least 32 random bytes; shared by every backend replica, kept
 * in a secret store
 * @param issuer the {@code iss} claim written and required
 * @param accessTokenTtl how long an access token stays valid
 */
@Validated
@ConfigurationProperties("store.security.jwt")
public record JwtProperties(@NotBlank String secret, @DefaultValue("digital-store") @NotBlank String issuer,
		@DefaultValue("1h") @NotNull Duration accessTokenTtl) {

	public JwtProperties {
		if (secret != null && !secret.isBlank() && Base64.getDecoder().decode(secret.trim()).length < 32) {
			throw new IllegalArgumentException("store.security.jwt.secret must be base64 of at least 32 bytes");
		}
	}

	public byte[] secretBytes() {
		return Base64.getDecoder().decode(this.secret.trim());
	}

}
