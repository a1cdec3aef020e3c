package dev.digitalstore.store.cart;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Carts and their items in plain SQL: a cart with its items is read in one statement, and
 * the writes need upserts and row locks that JPA would only get in the way of.
 */
@Repository
class CartRepository {

	private static final String SELECT_WITH_ITEMS = """
			select c.id, c.customer_id, c.status, i.product_id, i.quantity
			from cart c left join cart_item i on i.cart_id = c.id
			""";

	private static final String ITEM_ORDER = " order by i.added_at, i.product_id";

	private final JdbcClient jdbc;

	CartRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Snapshot> find(String cartId) {
		return single(this.jdbc.sql(SELECT_WITH_ITEMS + "where c.id = ?" + ITEM_ORDER).param(cartId));
	}

	Optional<Snapshot> findOpenOfCustomer(long customerId) {
		return single(this.jdbc.sql(SELECT_WITH_ITEMS + "where c.customer_id = ? and c.status = 'OPEN'" + ITEM_ORDER)
			.param(customerId));
	}

	/** Locks the cart row; its items follow in a second statement. */
	Optional<Snapshot> lock(String cartId) {
		Optional<Snapshot> cart = this.jdbc.sql("select id, customer_id, status from cart where id = ? for update")
			.param(cartId)
			.query((rs, row) -> new Snapshot(rs.getString("id"), customerId(rs), rs.getString("status"), List.of()))
			.optional();
		return cart.map((found) -> new Snapshot(found.id(), found.customerId(), found.status(), items(cartId)));
	}

	private List<Item> items(String cartId) {
		return this.jdbc
			.sql("select product_id, quantity from cart_item where cart_id = ? order by added_at, product_id")
			.param(cartId)
			.query((rs, row) -> new Item(rs.getLong("product_id"), rs.getInt("quantity")))
			.list();
	}

	void insertGuest(String cartId) {
		this.jdbc.sql("insert into cart (id) values (?)").param(cartId).update();
	}

	/**
	 * Creates the customer's open cart unless one exists (one open cart per customer).
	 */
	void insertOpenForCustomer(String cartId, long customerId) {
		this.jdbc.sql("""
				insert into cart (id, customer_id) values (?, ?)
				on conflict (customer_id) where status = 'OPEN' do nothing
				""").param(cartId).param(customerId).update();
	}

	void setQuantity(String cartId, long productId, int quantity) {
		this.jdbc.sql("""
				insert into cart_item (cart_id, product_id, quantity) values (?, ?, ?)
				on conflict (cart_id, product_id) do update set quantity = excluded.quantity
				""").param(cartId).param(productId).param(quantity).update();
		touch(cartId);
	}

	void addQuantity(String cartId, long productId, int quantity, int maxQuantity) {
		this.jdbc.sql("""
				insert into cart_item (cart_id, product_id, quantity) values (?, ?, least(?, ?))
				on conflict (cart_id, product_id)
				do update set quantity = least(?, cart_item.quantity + excluded.quantity)
				""").param(cartId).param(productId).param(quantity).param(maxQuantity).param(maxQuantity).update();
		touch(cartId);
	}

	void removeItem(String cartId, long productId) {
		this.jdbc.sql("delete from cart_item where cart_id = ? and product_id = ?")
			.param(cartId)
			.param(productId)
			.update();
		touch(cartId);
	}

	/** Adds the source's items to the target's, quantities summed and capped. */
	void mergeItems(String sourceId, String targetId, int maxQuantity) {
		this.jdbc.sql("""
				insert into cart_item (cart_id, product_id, quantity)
				select ?, product_id, quantity from cart_item where cart_id = ?
				on conflict (cart_id, product_id)
				do update set quantity = least(?, cart_item.quantity + excluded.quantity)
				""").param(targetId).param(sourceId).param(maxQuantity).update();
		touch(targetId);
	}

	/** Moves an open cart to another status; false if it was not open any more. */
	boolean close(String cartId, String status) {
		return this.jdbc.sql("""
				update cart set status = ?, updated_at = now(), version = version + 1
				where id = ? and status = 'OPEN'
				""").param(status).param(cartId).update() == 1;
	}

	private void touch(String cartId) {
		this.jdbc.sql("update cart set updated_at = now(), version = version + 1 where id = ?").param(cartId).update();
	}

	private Optional<Snapshot> single(JdbcClient.StatementSpec statement) {
		List<Snapshot> carts = statement.query((ResultSet rs) -> {
			List<Snapshot> found = new ArrayList<>();
			List<Item> items = new ArrayList<>();
			Snapshot cart = null;
			while (rs.next()) {
				if (cart == null) {
					cart = new Snapshot(rs.getString("id"), customerId(rs), rs.getString("status"), items);
					found.add(cart);
				}
				long productId = rs.getLong("product_id");
				if (!rs.wasNull()) {
					items.add(new Item(productId, rs.getInt("quantity")));
				}
			}
			return found;
		});
		return carts.stream().findFirst();
	}

	private static Long customerId(ResultSet rs) throws SQLException {
		long id = rs.getLong("customer_id");
		return rs.wasNull() ? null : id;
	}

	record Snapshot(String id, Long customerId, String status, List<Item> items) {

		boolean open() {
			return "OPEN".equals(this.status);
		}

	}

	record Item(long productId, int quantity) {

	}

}
