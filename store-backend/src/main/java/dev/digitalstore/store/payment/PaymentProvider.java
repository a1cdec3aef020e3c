package dev.digitalstore.store.payment;

import java.util.List;

/**
 * A payment service provider. The store talks to exactly one (chosen with
 * {@code store.payment.provider}); an adapter for a real provider such as Stripe
 * implements this and verifies that provider's webhooks.
 */
public interface PaymentProvider {

	/** Short name, stored with each payment and used in the webhook path. */
	String name();

	/**
	 * Charges a payment method. Accepted charges are confirmed later (webhook or
	 * {@link #retrieve}). Calling again with the same idempotency key returns the first
	 * result instead of charging twice.
	 * @throws InvalidPaymentMethodException when the token is unknown to the provider
	 */
	ChargeResult charge(ChargeRequest request);

	/** What the provider currently knows about a payment it accepted. */
	ProviderPaymentStatus retrieve(String providerPaymentId);

	/** Refunds a succeeded payment in full; refunding twice is harmless. */
	void refund(String providerPaymentId);

	/** Payment methods a shop may offer in test mode; empty for a live provider. */
	default List<TestCard> testCards() {
		return List.of();
	}

}
