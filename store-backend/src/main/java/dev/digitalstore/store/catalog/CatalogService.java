package dev.digitalstore.store.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalog facade other features use to price and deliver products. One statement per
 * call.
 */
@Service
@Transactional(readOnly = true)
class CatalogService implements CatalogApi {

	private static final String OFFER_COLUMNS = "id, slug, title, price_minor, currency, kind, active";

	private static final String FILE_COLUMNS = "id, file_key, file_name, file_content_type, file_size";

	private final JdbcClient jdbc;

	CatalogService(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, ProductOffer> offers(Collection<Long> productIds) {
		return byProductId("select " + OFFER_COLUMNS + " from product where id = any(:ids)", productIds,
				(rs, row) -> offer(rs), ProductOffer::id);
	}

	@Override
	public Optional<ProductOffer> offer(long productId) {
		return this.jdbc.sql("select " + OFFER_COLUMNS + " from product where id = :id")
			.param("id", productId)
			.query((rs, row) -> offer(rs))
			.optional();
	}

	@Override
	public Optional<ProductFile> file(long productId) {
		return this.jdbc.sql("select " + FILE_COLUMNS + " from product where id = :id and file_key is not null")
			.param("id", productId)
			.query((rs, row) -> file(rs))
			.optional();
	}

	@Override
	public Map<Long, ProductFile> files(Collection<Long> productIds) {
		return byProductId("select " + FILE_COLUMNS + " from product where id = any(:ids) and file_key is not null",
				productIds, (rs, row) -> file(rs), ProductFile::productId);
	}

	/** One query for all {@code productIds} (bound to {@code :ids}), by product id. */
	private <T> Map<Long, T> byProductId(String sql, Collection<Long> productIds, RowMapper<T> rows,
			Function<T, Long> productId) {
		if (productIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql(sql)
			.param("ids", productIds.toArray(Long[]::new))
			.query(rows)
			.stream()
			.collect(Collectors.toMap(productId, Function.identity()));
	}

	private static ProductFile file(ResultSet rs) throws SQLException {
		return new ProductFile(rs.getLong("id"), rs.getString("file_key"), rs.getString("file_name"),
				rs.getString("file_content_type"), rs.getLong("file_size"));
	}

	private static ProductOffer offer(ResultSet rs) throws SQLException {
		return new ProductOffer(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
				rs.getLong("price_minor"), rs.getString("currency"), ProductKind.valueOf(rs.getString("kind")),
				rs.getBoolean("active"));
	}

}
