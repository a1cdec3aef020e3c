package dev.digitalstore.shop.order;

/** Where an order stands. */
public enum OrderStatus {

	PENDING_PAYMENT, PAID, FULFILLED, CANCELLED, REFUNDED;

	/**
	 * Paid for (or about to be) but not delivered yet: the confirmation page keeps
	 * refreshing.
	 */
	public boolean awaitingDelivery() {
		return this == PENDING_PAYMENT || this == PAID;
	}

	public boolean refundable() {
		return this == PAID || this == FULFILLED;
	}

}
