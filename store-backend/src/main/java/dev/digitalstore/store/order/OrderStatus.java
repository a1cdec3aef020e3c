package dev.digitalstore.store.order;

public enum OrderStatus {

	PENDING_PAYMENT, PAID, FULFILLED, CANCELLED, REFUNDED

}
