package dev.digitalstore.store.delivery;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.digitalstore.store.catalog.CatalogApi;
import dev.digitalstore.store.catalog.ProductFile;
import dev.digitalstore.store.catalog.ProductKind;
import dev.digitalstore.store.delivery.DeliveryViews.Download;
import dev.digitalstore.store.delivery.DeliveryViews.LibraryItem;
import dev.digitalstore.store.delivery.DeliveryViews.LicenceKey;
import dev.digitalstore.store.delivery.DeliveryViews.OrderDelivery;
import dev.digitalstore.store.licensing.IssuedKey;
import dev.digitalstore.store.licensing.LicenceKeyApi;
import dev.digitalstore.store.order.OrderSummary;

/**
 * What a buyer has received: an order's downloads and keys, or a customer's whole
 * library.
 */
@Component
@Transactional(readOnly = true)
class DeliveryQueries {

	private final DownloadGrants grants;

	private final DownloadTokens tokens;

	private final LicenceKeyApi licenceKeys;

	private final CatalogApi catalog;

	private final JdbcClient jdbc;

	DeliveryQueries(DownloadGrants grants, DownloadTokens tokens, LicenceKeyApi licenceKeys, CatalogApi catalog,
			JdbcClient jdbc) {
		this.grants = grants;
		this.tokens = tokens;
		this.licenceKeys = licenceKeys;
		this.catalog = catalog;
		this.jdbc = jdbc;
	}

	OrderDelivery forOrder(OrderSummary order) {
		Map<Long, OrderSummary.Line> lines = order.lines()
			.stream()
			.collect(Collectors.toMap(OrderSummary.Line::id, Function.identity()));
		List<DownloadGrants.GrantRow> grants = this.grants.forOrder(order.id());
		// every file name in one statement, however many downloadable lines
		Map<Long, ProductFile> files = this.catalog
			.files(grants.stream().map(DownloadGrants.GrantRow::productId).distinct().toList());
		List<Download> downloads = grants.stream().map((grant) -> {
			OrderSummary.Line line = lines.get(grant.orderLineId());
			ProductFile file = files.get(grant.productId());
			String fileName = (file != null) ? file.fileName() : null;
			return download(grant.orderLineId(), grant.productId(), line.title(), fileName, grant.tokenNonce(),
					grant.expiresAt(), grant.downloadsLeft(), grant.revokedAt() == null);
		}).toList();
		List<LicenceKey> keys = this.licenceKeys.keysForOrder(order.id())
			.stream()
			.map((key) -> new LicenceKey(key.orderLineId(), key.productId(), title(lines, key), key.key()))
			.toList();
		return new OrderDelivery(order.reference(), order.status(), downloads, keys);
	}

	/**
	 * Every delivered purchase of a customer, newest first, in one statement. A read
	 * model that joins the tables of orders and licence keys (read-only): going through
	 * each feature's facade would cost a query per order.
	 */
	List<LibraryItem> library(long customerId) {
		return this.jdbc.sql("""
				select o.reference, o.created_at, l.id as line_id, l.product_id, l.product_slug, l.title, l.kind,
				       g.token_nonce, g.expires_at, g.max_downloads - g.downloads_used as downloads_left,
				       g.revoked_at, p.file_name,
				       (select array_agg(k.key_value order by k.id) from licence_key k
				        where k.order_line_id = l.id and k.status = 'ASSIGNED') as licence_keys
				from customer_order o
				join order_line l on l.order_id = o.id
				left join download_grant g on g.order_line_id = l.id
				left join product p on p.id = l.product_id
				where o.customer_id = :customerId and o.status = 'FULFILLED'
				order by o.created_at desc, l.id""").param("customerId", customerId).query(this::libraryItem).list();
	}

	private LibraryItem libraryItem(ResultSet rs, int row) throws SQLException {
		byte[] nonce = rs.getBytes("token_nonce");
		long lineId = rs.getLong("line_id");
		long productId = rs.getLong("product_id");
		String title = rs.getString("title");
		Download download = (nonce != null) ? download(lineId, productId, title, rs.getString("file_name"), nonce,
				rs.getTimestamp("expires_at").toInstant(), rs.getInt("downloads_left"),
				rs.getTimestamp("revoked_at") == null) : null;
		return new LibraryItem(rs.getString("reference"), lineId, productId, rs.getString("product_slug"), title,
				ProductKind.valueOf(rs.getString("kind")), rs.getTimestamp("created_at").toInstant(), download,
				keys(rs.getArray("licence_keys")));
	}

	private Download download(long lineId, long productId, String title, String fileName, byte[] nonce,
			Instant expiresAt, int downloadsLeft, boolean notRevoked) {
		String token = this.tokens.tokenFor(nonce);
		boolean usable = notRevoked && downloadsLeft > 0 && expiresAt.isAfter(Instant.now());
		return new Download(lineId, productId, title, fileName, token, DeliveryViews.apiPath(token), expiresAt,
				downloadsLeft, usable);
	}

	private static String title(Map<Long, OrderSummary.Line> lines, IssuedKey key) {
		OrderSummary.Line line = lines.get(key.orderLineId());
		return (line != null) ? line.title() : "";
	}

	private static List<String> keys(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

}
