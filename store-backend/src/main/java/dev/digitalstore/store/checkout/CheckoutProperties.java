package dev.digitalstore.store.checkout;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Checkout settings.
 *
 * @param idempotencyTtl how long a completed response is replayed for its key (at least
 * 24 hours, as clients are told)
 * @param idempotencyLock how long a request may hold its key before another request with
 * the key may take it over (a crashed replica); longer than a checkout can take
 * @param purgeInterval how often expired keys are deleted
 */
@Validated
@ConfigurationProperties("store.checkout")
record CheckoutProperties(@DefaultValue("24h") @NotNull Duration idempotencyTtl,
		@DefaultValue("2m") @NotNull Duration idempotencyLock, @DefaultValue("1h") @NotNull Duration purgeInterval) {

}
