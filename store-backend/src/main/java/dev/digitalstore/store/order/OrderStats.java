package dev.digitalstore.store.order;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.digitalstore.store.shared.Money;
import dev.digitalstore.store.shared.StoreProperties;

/**
 * The admin dashboard's numbers. Sales count by the UTC day of payment; refunded and
 * cancelled orders are not sales.
 */
@Repository
class OrderStats {

	private final JdbcClient jdbc;

	private final String currency;

	OrderStats(JdbcClient jdbc, StoreProperties store) {
		this.jdbc = jdbc;
		this.currency = store.currency();
	}

	@Transactional(readOnly = true)
	Stats compute(int days) {
		List<Day> perDay = this.jdbc.sql("""
				with d as (select (now() at time zone 'UTC')::date - g.n as day from generate_series(0, ? - 1) as g(n))
				select d.day, count(o.id) as orders, coalesce(sum(o.total_minor), 0) as revenue
				from d left join customer_order o on (o.paid_at at time zone 'UTC')::date = d.day
				    and o.status in ('PAID', 'FULFILLED') and o.currency = ?
				group by d.day order by d.day
				""")
			.params(days, this.currency)
			.query((rs, row) -> new Day(rs.getObject("day", LocalDate.class), rs.getLong("orders"),
					new Money(rs.getLong("revenue"), this.currency)))
			.list();
		List<TopProduct> top = this.jdbc.sql("""
				select l.product_id, max(l.title) as title, sum(l.quantity) as quantity,
				    sum(l.line_total_minor) as revenue
				from order_line l join customer_order o on o.id = l.order_id
				where o.status in ('PAID', 'FULFILLED') and o.currency = ?
				    and o.paid_at >= (now() at time zone 'UTC')::date - (? - 1)
				group by l.product_id order by revenue desc, quantity desc limit 5
				""")
			.params(this.currency, days)
			.query((rs, row) -> new TopProduct(rs.getLong("product_id"), rs.getString("title"), rs.getLong("quantity"),
					new Money(rs.getLong("revenue"), this.currency)))
			.list();
		// Read here rather than through the outbox feature: three counts for the
		// dashboard.
		Outbox outbox = this.jdbc.sql("""
				select count(*) as pending,
				    coalesce(extract(epoch from now() - min(created_at)), 0)::bigint as oldest,
				    count(*) filter (where last_error is not null) as failing
				from outbox_message where processed_at is null
				""")
			.query((rs, row) -> new Outbox(rs.getLong("pending"), rs.getLong("oldest"), rs.getLong("failing")))
			.single();
		Payments payments = this.jdbc.sql("""
				select count(*) filter (where status = 'PENDING_PAYMENT') as pending,
				    count(*) filter (where status = 'CANCELLED' and cancel_reason like 'declined:%'
				        and cancelled_at > now() - interval '24 hours') as declined
				from customer_order
				where status = 'PENDING_PAYMENT' or cancelled_at > now() - interval '24 hours'
				""").query((rs, row) -> new Payments(rs.getLong("pending"), rs.getLong("declined"))).single();
		return new Stats(perDay, top, outbox, payments);
	}

	record Stats(List<Day> days, List<TopProduct> topProducts, Outbox outbox, Payments payments) {

	}

	record Day(LocalDate date, long orders, Money revenue) {

	}

	record TopProduct(long productId, String title, long quantity, Money revenue) {

	}

	record Outbox(long pending, long oldestPendingSeconds, long failing) {

	}

	record Payments(long pendingPayment, long declinedLast24h) {

	}

}
