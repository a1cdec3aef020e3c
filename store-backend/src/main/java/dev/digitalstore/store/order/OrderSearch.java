package dev.digitalstore.store.order;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.digitalstore.store.shared.web.PageView;

/**
 * Paged order lists, newest first: a customer's own, and the admin's search by reference
 * or e-mail. Three statements a page (count, orders, their lines).
 */
@Repository
class OrderSearch {

	private final JdbcClient jdbc;

	private final OrderRepository orders;

	OrderSearch(JdbcClient jdbc, OrderRepository orders) {
		this.jdbc = jdbc;
		this.orders = orders;
	}

	@Transactional(readOnly = true)
	PageView<OrderView> ofCustomer(long customerId, int page, int size) {
		return page("o.customer_id = ?", List.of(customerId), page, size);
	}

	/**
	 * @param query a reference (prefix, any case) or an e-mail address (prefix, any
	 * case); blank for all
	 * @param status only orders in this state, or null for all
	 */
	@Transactional(readOnly = true)
	PageView<OrderView> search(String query, OrderStatus status, int page, int size) {
		StringBuilder where = new StringBuilder("true");
		List<Object> params = new ArrayList<>();
		if (query != null && !query.isBlank()) {
			String prefix = escapeLike(query.trim().toLowerCase(java.util.Locale.ROOT)) + "%";
			where.append(" and (lower(o.reference) like ? or lower(o.email) like ?)");
			params.add(prefix);
			params.add(prefix);
		}
		if (status != null) {
			where.append(" and o.status = ?");
			params.add(status.name());
		}
		return page(where.toString(), params, page, size);
	}

	private PageView<OrderView> page(String where, List<Object> params, int page, int size) {
		long total = this.jdbc.sql("select count(*) from customer_order o where " + where)
			.params(params)
			.query(Long.class)
			.single();
		List<Object> pageParams = new ArrayList<>(params);
		pageParams.add(size);
		pageParams.add((long) page * size);
		List<OrderRecord> found = this.jdbc
			.sql("select " + OrderRepository.COLUMNS + " from customer_order o where " + where
					+ " order by o.created_at desc, o.id desc limit ? offset ?")
			.params(pageParams)
			.query(OrderRepository::order)
			.list();
		List<OrderView> items = this.orders.withLines(found).stream().map(OrderRecord::view).toList();
		return PageView.of(items, page, size, total);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
