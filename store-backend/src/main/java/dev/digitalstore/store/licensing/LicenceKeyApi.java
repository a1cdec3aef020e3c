package dev.digitalstore.store.licensing;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Licence-key pools. Keys are reserved at checkout (before any payment, inside the
 * checkout's transaction, with {@code SELECT ... FOR UPDATE SKIP LOCKED}), assigned on
 * fulfilment, and revoked on refund.
 */
public interface LicenceKeyApi {

	/**
	 * Reserves the keys of every line of an order, all or nothing, in one statement
	 * whatever the number of lines.
	 * @throws InsufficientKeysException when a pool has fewer available keys than its
	 * line needs (the caller's transaction must roll back: other lines may be reserved)
	 */
	void reserve(long orderId, List<KeyReservation> lines);

	/** {@code quantity} keys of a product for one order line. */
	record KeyReservation(long orderLineId, long productId, int quantity) {

	}

	/**
	 * Returns the order's reserved (not yet assigned) keys to the pool, for a failed or
	 * cancelled payment.
	 */
	void releaseReserved(long orderId);

	/**
	 * Assigns the order's reserved keys to it; idempotent. Returns every key the order
	 * holds.
	 */
	List<IssuedKey> assignReserved(long orderId);

	/** The keys assigned to the order (none for a refunded order). */
	List<IssuedKey> keysForOrder(long orderId);

	/**
	 * On refund: assigned keys become REVOKED (never sold again), reserved ones go back
	 * to the pool.
	 */
	void revokeForOrder(long orderId);

	long available(long productId);

	/**
	 * Available keys of each product, in one query (the admin product list). Products
	 * without keys map to 0.
	 */
	Map<Long, Long> available(Collection<Long> productIds);

}
