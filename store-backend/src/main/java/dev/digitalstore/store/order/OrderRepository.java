package dev.digitalstore.store.order;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

import dev.digitalstore.store.catalog.ProductKind;

/** Orders and their lines in plain SQL; state changes are conditional updates. */
@Repository
class OrderRepository {

	static final String COLUMNS = """
			o.id, o.reference, o.access_token_hash, o.customer_id, o.email, o.billing_country, o.status,
			o.currency, o.total_minor, o.created_at, o.paid_at""";

	private final JdbcClient jdbc;

	OrderRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The new order's id and creation time; empty when the reference is taken (nothing
	 * written, and the transaction goes on: a unique violation would abort it).
	 */
	Optional<Inserted> insert(String reference, byte[] tokenHash, NewOrder order, long totalMinor) {
		return this.jdbc.sql("""
				insert into customer_order (reference, access_token_hash, customer_id, email, billing_country,
				    status, currency, total_minor, cart_id)
				values (?, ?, ?, ?, ?, 'PENDING_PAYMENT', ?, ?, ?)
				on conflict (reference) do nothing
				returning id, created_at
				""")
			.params(reference, tokenHash, order.customerId(), order.email(), order.billingCountry(), order.currency(),
					totalMinor, order.cartId())
			.query((rs, row) -> new Inserted(rs.getLong("id"), rs.getTimestamp("created_at").toInstant()))
			.optional();
	}

	record Inserted(long id, Instant createdAt) {

	}

	/**
	 * All lines of a new order in one statement, whatever their number; their ids in the
	 * order of {@code lines}.
	 */
	List<Long> insertLines(long orderId, List<NewOrder.Line> lines) {
		Map<Long, Long> idByProduct = new LinkedHashMap<>();
		this.jdbc.sql("""
				insert into order_line (order_id, product_id, product_slug, title, kind, unit_price_minor, quantity,
				    line_total_minor)
				select ?, product_id, slug, title, kind, unit_price, quantity, unit_price * quantity
				from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::bigint[], ?::int[])
				    as l(product_id, slug, title, kind, unit_price, quantity)
				returning id, product_id
				""")
			.params(orderId, array("bigint", lines, NewOrder.Line::productId),
					array("varchar", lines, NewOrder.Line::slug), array("varchar", lines, NewOrder.Line::title),
					array("varchar", lines, (l) -> l.kind().name()),
					array("bigint", lines, NewOrder.Line::unitPriceMinor),
					array("integer", lines, NewOrder.Line::quantity))
			.query((RowCallbackHandler) (rs) -> idByProduct.put(rs.getLong("product_id"), rs.getLong("id")));
		// A cart holds a product once: its id tells the lines apart.
		return lines.stream().map((line) -> idByProduct.get(line.productId())).toList();
	}

	private static SqlArrayValue array(String type, List<NewOrder.Line> lines,
			java.util.function.Function<NewOrder.Line, Object> value) {
		return new SqlArrayValue(type, lines.stream().map(value).toArray());
	}

	Optional<OrderRecord> findById(long id) {
		return one("o.id = ?", id);
	}

	Optional<OrderRecord> findByReference(String reference) {
		return one("o.reference = ?", reference);
	}

	/** Locks the order row; for transitions that must read before they write. */
	Optional<OrderRecord> lockByReference(String reference) {
		return this.jdbc.sql("select " + COLUMNS + " from customer_order o where o.reference = ? for update")
			.param(reference)
			.query(OrderRepository::order)
			.optional()
			.map(this::withLines);
	}

	/** Records with their lines, two statements whatever the page size. */
	List<OrderRecord> withLines(List<OrderRecord> orders) {
		if (orders.isEmpty()) {
			return orders;
		}
		Map<Long, List<OrderSummary.Line>> lines = new LinkedHashMap<>();
		this.jdbc.sql("""
				select id, order_id, product_id, product_slug, title, kind, unit_price_minor, quantity
				from order_line where order_id = any(?) order by id
				""")
			.param(new SqlArrayValue("bigint", orders.stream().map(OrderRecord::id).toArray()))
			.query((RowCallbackHandler) (
					rs) -> lines.computeIfAbsent(rs.getLong("order_id"), (key) -> new ArrayList<>()).add(line(rs)));
		return orders.stream().map((order) -> order.withLines(lines.getOrDefault(order.id(), List.of()))).toList();
	}

	boolean transition(long id, OrderStatus from, OrderStatus to, String timestampColumn, String cancelReason) {
		return this.jdbc
			.sql("update customer_order set status = ?, " + timestampColumn
					+ " = now(), cancel_reason = coalesce(?, cancel_reason), version = version + 1"
					+ " where id = ? and status = ?")
			.params(to.name(), cancelReason, id, from.name())
			.update() == 1;
	}

	boolean refund(long id, Collection<OrderStatus> from) {
		return this.jdbc.sql("""
				update customer_order set status = 'REFUNDED', refunded_at = now(), version = version + 1
				where id = ? and status = any(?)
				""").params(id, new SqlArrayValue("varchar", from.stream().map(Enum::name).toArray())).update() == 1;
	}

	List<Long> awaitingPaymentSince(Instant cutoff, int limit) {
		return this.jdbc.sql("""
				select id from customer_order where status = 'PENDING_PAYMENT' and created_at < ?
				order by created_at limit ?
				""").params(Timestamp.from(cutoff), limit).query(Long.class).list();
	}

	private Optional<OrderRecord> one(String condition, Object value) {
		return this.jdbc.sql("select " + COLUMNS + " from customer_order o where " + condition)
			.param(value)
			.query(OrderRepository::order)
			.optional()
			.map(this::withLines);
	}

	private OrderRecord withLines(OrderRecord order) {
		return withLines(List.of(order)).get(0);
	}

	static OrderRecord order(ResultSet rs, int row) throws SQLException {
		long customerId = rs.getLong("customer_id");
		Long customer = rs.wasNull() ? null : customerId;
		Timestamp paidAt = rs.getTimestamp("paid_at");
		return new OrderRecord(rs.getLong("id"), rs.getString("reference"), rs.getBytes("access_token_hash"), customer,
				rs.getString("email"), rs.getString("billing_country"), OrderStatus.valueOf(rs.getString("status")),
				rs.getString("currency"), rs.getLong("total_minor"), rs.getTimestamp("created_at").toInstant(),
				(paidAt != null) ? paidAt.toInstant() : null, List.of());
	}

	private static OrderSummary.Line line(ResultSet rs) throws SQLException {
		return new OrderSummary.Line(rs.getLong("id"), rs.getLong("product_id"), rs.getString("product_slug"),
				rs.getString("title"), ProductKind.valueOf(rs.getString("kind")), rs.getLong("unit_price_minor"),
				rs.getInt("quantity"));
	}

}
