package dev.digitalstore.store.order;

/**
 * Outbox topics the order feature publishes, each with payload {@code {"orderId": <id>}}
 * and the order id as message key. They are written in the same transaction as the state
 * change they announce.
 */
public final class OrderTopics {

	/** The order's payment is confirmed: deliver it. */
	public static final String PAID = "order.paid";

	/** The order was refunded: revoke what was delivered. */
	public static final String REFUNDED = "order.refunded";

	private OrderTopics() {
	}

}
