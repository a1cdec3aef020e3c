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
	public void reserve(long orderId, List<KeyReservation> lines) {
		if (lines.isEmpty()) {
			return;
		}
		// Per line, the first available keys not locked by a concurrent checkout; any
		// line
		// that gets fewer than it needs fails the whole checkout (its transaction rolls
		// back).
		Map<Long, Integer> reserved = new HashMap<>();
		this.jdbc.sql("""
				with wanted as (
				    select * from unnest(?::bigint[], ?::bigint[], ?::int[]) as w(line_id, product_id, quantity)),
				picked as (
				    select k.id, w.line_id from wanted w cross join lateral (
				        select id from licence_key where product_id = w.product_id and status = 'AVAILABLE'
				        order by id limit w.quantity for update skip locked) k)
				update licence_key set status = 'RESERVED', order_id = ?, order_line_id = picked.line_id,
				    reserved_at = now()
				from picked where licence_key.id = picked.id
				returning licence_key.order_line_id
				""")
			.params(new SqlArrayValue("bigint", lines.stream().map(KeyReservation::orderLineId).toArray()),
					new SqlArrayValue("bigint", lines.stream().map(KeyReservation::productId).toArray()),
					new SqlArrayValue("integer", lines.stream().map(KeyReservation::quantity).toArray()), orderId)
			.query((RowCallbackHandler) (rs) -> reserved.merge(rs.getLong(1), 1, Integer::sum));
		for (KeyReservation line : lines) {
			int got = reserved.getOrDefault(line.orderLineId(), 0);
			if (got < line.quantity()) {
				String title = this.products.find(line.productId())
					.map(LicensedProducts.LicensedProduct::title)
					.orElse("#" + line.productId());
				throw new InsufficientKeysException(line.productId(), title, line.quantity(), got);
			}
		}
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
