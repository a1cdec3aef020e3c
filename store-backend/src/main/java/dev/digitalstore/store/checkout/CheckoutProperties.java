package dev.digitalstore.store.checkout;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Checkout settings.
 *
 * @param currency the store's currency ({@code store.currency}); every line must be
 * priced in it
 * @param checkout idempotency of the checkout ({@code store.checkout.*})
 */
@Validated
@ConfigurationProperties("store")
record CheckoutProperties(@DefaultValue("EUR") @Pattern(regexp = "[A-Z]{3}") String currency,
		@DefaultValue @Valid Checkout checkout) {

	/**
	 * @param idempotencyTtl how long a completed response is replayed for its key (at
	 * least 24 hours, as clients are told)
	 * @param idempotencyLock how long a request may hold its key before another request
	 * with the key may take it over (a crashed replica); longer than a checkout can take
	 * @param purgeInterval how often expired keys are deleted
	 */
	record Checkout(@DefaultValue("24h") @NotNull Duration idempotencyTtl,
			@DefaultValue("2m") @NotNull Duration idempotencyLock,
			@DefaultValue("1h") @NotNull Duration purgeInterval) {

	}

}
