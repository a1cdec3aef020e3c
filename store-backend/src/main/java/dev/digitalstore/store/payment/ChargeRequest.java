package dev.digitalstore.store.payment;

/** One charge: the order's amount on the buyer's payment method. */
public record ChargeRequest(String orderReference, long amountMinor, String currency, String paymentToken,
		String idempotencyKey) {

}
