package dev.digitalstore.store.order;

/**
 * Gives money back through the payment provider; implemented by the payment feature so
 * that orders do not depend on payments.
 */
public interface PaymentRefunds {

	/**
	 * Refunds the order's successful payment in full. Idempotent: a payment already
	 * refunded is left alone. Does nothing for an order without a payment (a free order).
	 */
	void refund(long orderId);

}
