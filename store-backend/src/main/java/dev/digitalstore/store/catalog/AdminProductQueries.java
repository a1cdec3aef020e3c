package dev.digitalstore.store.catalog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import dev.digitalstore.store.licensing.LicenceKeyApi;
import dev.digitalstore.store.shared.Money;
import dev.digitalstore.store.shared.web.PageView;

/** Reads for the admin pages: every product, active or not, found by title or slug. */
@Repository
@Transactional(readOnly = true)
class AdminProductQueries {

	private static final String COLUMNS = """
			select p.id, p.slug, p.title, p.description, p.price_minor, p.currency, c.slug as category_slug, c.name as category_name, p.tags,
			p.kind, p.active, p.featured, p.cover_key, p.file_key, p.file_name, p.file_size, p.created_at, p.updated_at
			from product p join category c on c.id = p.category_id""";

	private final JdbcClient jdbc;

	private final LicenceKeyApi licenceKeys;

	AdminProductQueries(JdbcClient jdbc, LicenceKeyApi licenceKeys) {
		this.jdbc = jdbc;
		this.licenceKeys = licenceKeys;
	}

	PageView<AdminProductView> list(String q, int page, int size) {
		String pattern = (q != null && !q.isBlank()) ? "%" + escapeLike(q.trim().toLowerCase()) + "%" : "%";
		List<AdminProductView> items = this.jdbc
			.sql(COLUMNS + " where lower(p.title) like :pattern or p.slug like :pattern"
					+ " order by p.updated_at desc, p.id desc limit :limit offset :offset")
			.param("pattern", pattern)
			.param("limit", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> view(rs))
			.list();
		long total = this.jdbc
			.sql("select count(*) from product p where lower(p.title) like :pattern or p.slug like :pattern")
			.param("pattern", pattern)
			.query(Long.class)
			.single();
		return PageView.of(withStock(items), page, size, total);
	}

	Optional<AdminProductView> find(long id) {
		return this.jdbc.sql(COLUMNS + " where p.id = :id")
			.param("id", id)
			.query((rs, row) -> view(rs))
			.optional()
			.map((view) -> withStock(List.of(view)).get(0));
	}

	/**
	 * Licence-key stock for the products sold with keys, in one query for the whole page.
	 */
	private List<AdminProductView> withStock(List<AdminProductView> views) {
		List<Long> keyed = views.stream()
			.filter((view) -> view.kind().hasLicenceKey())
			.map(AdminProductView::id)
			.toList();
		Map<Long, Long> stock = keyed.isEmpty() ? Map.of() : this.licenceKeys.available(keyed);
		return views.stream().map((view) -> view.withKeysAvailable(stock.getOrDefault(view.id(), 0L))).toList();
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static AdminProductView view(ResultSet rs) throws SQLException {
		String slug = rs.getString("slug");
		return new AdminProductView(rs.getLong("id"), slug, rs.getString("title"), rs.getString("description"),
				new Money(rs.getLong("price_minor"), rs.getString("currency")),
				new CatalogViews.CategoryRef(rs.getString("category_slug"), rs.getString("category_name")),
				Arrays.asList((String[]) rs.getArray("tags").getArray()), ProductKind.valueOf(rs.getString("kind")),
				rs.getBoolean("active"), rs.getBoolean("featured"), null,
				CatalogViews.coverUrl(slug, rs.getString("cover_key")), rs.getString("file_key") != null,
				rs.getString("file_name"), rs.getObject("file_size", Long.class),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

}
