package dev.digitalstore.store.order;

import java.util.Optional;

import dev.digitalstore.store.shared.security.Caller;

/** What other features may ask the order feature. */
public interface OrderApi {

	Optional<OrderSummary> find(long orderId);

	/**
	 * The order with this reference if the caller may see it: its customer, an admin, or
	 * anyone holding the order's access token (guests). Otherwise empty, so callers
	 * answer 404 without revealing it exists.
	 */
	Optional<OrderSummary> findAccessible(String reference, Caller caller, String accessToken);

	/**
	 * The order's guest access token, for the link in its confirmation e-mail. Derived
	 * from the order with the server's secret (an HMAC), so it can be sent again without
	 * ever being stored; only its hash is kept.
	 */
	String accessToken(long orderId);

	/**
	 * Moves a PAID order to FULFILLED. Returns false, changing nothing, when the order is
	 * not PAID.
	 */
	boolean markFulfilled(long orderId);

}
