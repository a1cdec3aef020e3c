package dev.digitalstore.store.payment;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Payments.
 *
 * @param provider which {@link PaymentProvider} charges ({@code simulated} is built in)
 * @param webhookSecret shared secret of the webhook signatures
 * (STORE_PAYMENT_WEBHOOK_SECRET); the store refuses to start without one
 * @param webhookTolerance how old a signed webhook may be; older ones are refused as
 * possible replays
 * @param reconciliation the job that completes payments whose webhook is late or lost
 * @param simulated the built-in test-mode provider
 */
@Validated
@ConfigurationProperties("store.payment")
record PaymentProperties(@DefaultValue("simulated") @NotBlank String provider,
		@NotBlank @Size(min = 16) String webhookSecret, @DefaultValue("300s") @NotNull Duration webhookTolerance,
		@DefaultValue @Valid Reconciliation reconciliation, @Valid @NotNull Simulated simulated) {

	/**
	 * @param grace how long a PROCESSING payment waits for its webhook before the
	 * provider is asked
	 * @param paymentTimeout after this, an order still awaiting payment is cancelled and
	 * its licence keys released
	 * @param batchSize how many payments or orders one run handles at most
	 */
	record Reconciliation(@DefaultValue("60s") @NotNull Duration grace,
			@DefaultValue("30m") @NotNull Duration paymentTimeout, @DefaultValue("100") int batchSize) {

	}

	/**
	 * @param webhookUrl where the simulated provider posts its events; placeholders are
	 * resolved when an event is sent, so tests may use {@code ${local.server.port}}
	 * @param confirmationDelay how long after a charge the confirmation is sent
	 * @param connectTimeout connect timeout of webhook deliveries
	 * @param readTimeout read timeout of webhook deliveries
	 * @param deliveryAttempts tries per event before giving up (reconciliation still
	 * completes the payment)
	 */
	record Simulated(@NotBlank String webhookUrl, @DefaultValue("200ms") @NotNull Duration confirmationDelay,
			@DefaultValue("2s") @NotNull Duration connectTimeout, @DefaultValue("5s") @NotNull Duration readTimeout,
			@DefaultValue("3") int deliveryAttempts) {

	}

}
