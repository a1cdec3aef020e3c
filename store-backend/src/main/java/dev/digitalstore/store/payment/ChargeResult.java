package dev.digitalstore.store.payment;

/** The provider's immediate answer to a charge. */
public sealed interface ChargeResult {

	String providerPaymentId();

	/** Taken; the provider confirms success later (webhook). */
	record Accepted(String providerPaymentId) implements ChargeResult {

	}

	/**
	 * Refused.
	 *
	 * @param code the provider's decline code, e.g. {@code card_declined}
	 * @param message a sentence the buyer may read
	 */
	record Declined(String providerPaymentId, String code, String message) implements ChargeResult {

	}

}
