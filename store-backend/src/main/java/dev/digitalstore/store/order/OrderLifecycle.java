package dev.digitalstore.store.order;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * How checkout and payment move orders through their states. Every transition is a
 * conditional update, so concurrent callers (webhook, reconciliation, replicas) apply it
 * at most once; each method joins the caller's transaction if there is one.
 */
public interface OrderLifecycle {

	/**
	 * Creates a PENDING_PAYMENT order with a price snapshot, inside the caller's
	 * transaction (which must exist).
	 * @throws CartAlreadyOrderedException when the cart already has a live order
	 */
	PlacedOrder place(NewOrder order);

	Optional<OrderSummary> findByReference(String reference);

	/**
	 * PENDING_PAYMENT to PAID, with an {@link OrderTopics#PAID} message in the same
	 * transaction. False, changing nothing, from any other state.
	 */
	boolean markPaid(long orderId);

	/**
	 * PENDING_PAYMENT to CANCELLED, returning its reserved licence keys. False, changing
	 * nothing, from any other state.
	 * @param reason short machine-readable cause, e.g. {@code declined:card_declined}
	 */
	boolean cancel(long orderId, String reason);

	/**
	 * Counts a checkout that ended before any order was placed (no licence key left, say)
	 * with the orders that did not end in a payment.
	 * @param reason short machine-readable cause, e.g. {@code out_of_stock}
	 */
	void refused(String reason);

	/**
	 * Orders still awaiting payment that were created before the cutoff, oldest first.
	 */
	List<Long> awaitingPaymentSince(Instant cutoff, int limit);

}
