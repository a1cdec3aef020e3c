package dev.digitalstore.store.licensing;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Licence-key pools. A key moves AVAILABLE, RESERVED (checkout, before payment), ASSIGNED
 * (fulfilment), and on refund REVOKED; a reservation whose payment fails goes back to
 * AVAILABLE.
 */
@Service
class LicenceKeyService implements LicenceKeyApi {

	private final JdbcClient jdbc;

	private final LicensedProducts products;

	LicenceKeyService(JdbcClient jdbc, LicensedProducts products) {
		this.jdbc = jdbc;
		this.products = products;
	}

	/**
	 * Claims the oldest available keys with {@code FOR UPDATE SKIP LOCKED}, so concurrent
	 * checkouts never wait on each other nor get the same key. The price of skipping: a
	 * buyer may be refused while another checkout holds keys it later rolls back (its
	 * card step fails), although keys would have been left. That fails safe (never
	 * oversells) and the buyer can simply retry.
	 */
	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void reserve(long orderId, long orderLineId, long productId, int quantity) {
		List<Long> ids = this.jdbc.sql("""
				select id from licence_key where product_id = ? and status = 'AVAILABLE'
				order by id limit ? for update skip locked
				""").params(productId, quantity).query(Long.class).list();
		if (ids.size() < quantity) {
			String title = this.products.find(productId)
				.map(LicensedProducts.LicensedProduct::title)
				.orElse("#" + productId);
			// The caller's transaction rolls back: nothing reserved, no order.
			throw new InsufficientKeysException(productId, title, quantity, ids.size());
		}
		this.jdbc.sql("""
				update licence_key set status = 'RESERVED', order_id = ?, order_line_id = ?, reserved_at = now()
				where id = any(?)
				""").params(orderId, orderLineId, new SqlArrayValue("bigint", ids.toArray())).update();
	}

	@Override
	@Transactional
	public void releaseReserved(long orderId) {
		this.jdbc.sql("""
				update licence_key set status = 'AVAILABLE', order_id = null, order_line_id = null, reserved_at = null
				where order_id = ? and status = 'RESERVED'
				""").param(orderId).update();
	}

	@Override
	@Transactional
	public List<IssuedKey> assignReserved(long orderId) {
		this.jdbc.sql("""
				update licence_key set status = 'ASSIGNED', assigned_at = now()
				where order_id = ? and status = 'RESERVED'
				""").param(orderId).update();
		return keysForOrder(orderId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<IssuedKey> keysForOrder(long orderId) {
		return this.jdbc.sql("""
				select order_line_id, product_id, key_value from licence_key
				where order_id = ? and status = 'ASSIGNED' order by order_line_id, id
				""")
			.param(orderId)
			.query((rs, row) -> new IssuedKey(rs.getLong("order_line_id"), rs.getLong("product_id"),
					rs.getString("key_value")))
			.list();
	}

	@Override
	@Transactional
	public void revokeForOrder(long orderId) {
		this.jdbc.sql("update licence_key set status = 'REVOKED' where order_id = ? and status = 'ASSIGNED'")
			.param(orderId)
			.update();
		releaseReserved(orderId);
	}

	@Override
	@Transactional(readOnly = true)
	public long available(long productId) {
		return this.jdbc.sql("select count(*) from licence_key where product_id = ? and status = 'AVAILABLE'")
			.param(productId)
			.query(Long.class)
			.single();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, Long> available(Collection<Long> productIds) {
		Map<Long, Long> counts = new HashMap<>();
		productIds.forEach((id) -> counts.put(id, 0L));
		if (productIds.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("""
				select product_id, count(*) as available from licence_key
				where status = 'AVAILABLE' and product_id = any(?) group by product_id
				""")
			.param(new SqlArrayValue("bigint", productIds.toArray()))
			.query((RowCallbackHandler) (rs) -> counts.put(rs.getLong("product_id"), rs.getLong("available")));
		return counts;
	}

}
