package dev.digitalstore.store.catalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.digitalstore.store.catalog.CatalogViews.CategoryRef;
import dev.digitalstore.store.catalog.CatalogViews.CategoryView;
import dev.digitalstore.store.catalog.CatalogViews.ProductDetail;
import dev.digitalstore.store.catalog.CatalogViews.ProductSummary;
import dev.digitalstore.store.shared.Money;
import dev.digitalstore.store.shared.web.PageView;

/**
 * Shopper-side reads in plain SQL: a catalog listing is always two statements (the page
 * and its count) and a text search one, whatever the page size; a product page is one.
 * <p>
 * Deliberately not {@code @Transactional}: each read is one statement, or two (a page and
 * its count) that READ COMMITTED would give separate snapshots anyway. A read-only
 * transaction would add nothing but a BEGIN and a COMMIT round trip to every request (the
 * benchmark measured the product page at 3 statements instead of 1).
 */
@Repository
class CatalogQueries {

	private static final String SUMMARY_COLUMNS = """
			p.id, p.slug, p.title, p.price_minor, p.currency, p.kind, p.cover_key, p.tags,
			c.slug as category_slug, c.name as category_name""";

	// One query text for every language: 'simple' keeps names and exact words, the
	// stemmers match "guides" to "guide" (English) and "livres" to "livre" (French).
	// websearch syntax accepts quotes, OR and -exclusions.
	private static final String TEXT_QUERY = """
			websearch_to_tsquery('simple', :q) || websearch_to_tsquery('english', :q)
			    || websearch_to_tsquery('french', :q)""";

	private final JdbcClient jdbc;

	CatalogQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	PageView<ProductSummary> search(ProductSearch search) {
		Map<String, Object> params = new HashMap<>();
		String where = filters(search, params);
		return (search.text() != null) ? textSearch(search, where, params) : listing(search, where, params);
	}

	/**
	 * A catalog listing: the page (by an index on the sort key) and its count, two
	 * statements whatever the page size.
	 */
	private PageView<ProductSummary> listing(ProductSearch search, String where, Map<String, Object> params) {
		String from = " from product p join category c on c.id = p.category_id";
		List<ProductSummary> items = this.jdbc
			.sql("select " + SUMMARY_COLUMNS + from + where + " order by " + orderBy(search, "p.")
					+ " limit :limit offset :offset")
			.params(params)
			.param("limit", search.size())
			.param("offset", search.offset())
			.query((rs, row) -> summary(rs))
			.list();
		long total = this.jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
		return PageView.of(items, search.page(), search.size(), total);
	}

	/**
	 * A text search in one statement: the matches are found and ranked once (id, rank and
	 * sort keys only), counted, and only the page's rows are read in full. A common word
	 * matches a sixth of a large catalog; ranking and counting it twice, with whole rows,
	 * was most of a search's cost. {@code ts_rank} (weights: title, tags, description)
	 * rather than {@code ts_rank_cd}: the benchmark measured it at half the cost for the
	 * same title-first order. The page is cut before it is numbered: numbering all the
	 * matches first made PostgreSQL sort them all instead of keeping the top rows only
	 * (pgbench on a word matching 1,748 products: 631 tps before, 789 after).
	 */
	private PageView<ProductSummary> textSearch(ProductSearch search, String where, Map<String, Object> params) {
		String order = orderBy(search, "");
		String sql = """
				with matches as materialized (
				    select p.id, ts_rank(p.search_vector, s.query) as rank, p.price_minor, p.created_at
				    from product p join category c on c.id = p.category_id
				    cross join (select %s as query) s
				    %s and p.search_vector @@ s.query)
				select n.total, x.*
				from (select count(*) as total from matches) n
				left join lateral (
				    select %s, top.position
				    from (select id, row_number() over (order by %s) as position
				          from (select * from matches order by %s limit :limit offset :offset) page) top
				    join product p on p.id = top.id join category c on c.id = p.category_id) x on true
				order by x.position""".formatted(TEXT_QUERY, where, SUMMARY_COLUMNS, order, order);
		// Always one row at least: the count, with no product past the last page.
		List<Match> rows = this.jdbc.sql(sql)
			.params(params)
			.param("limit", search.size())
			.param("offset", search.offset())
			.query((rs, row) -> new Match(rs.getLong("total"), (rs.getObject("id") != null) ? summary(rs) : null))
			.list();
		List<ProductSummary> items = rows.stream().map(Match::item).filter(Objects::nonNull).toList();
		return PageView.of(items, search.page(), search.size(), rows.isEmpty() ? 0 : rows.get(0).total());
	}

	private record Match(long total, ProductSummary item) {
	}

	private static String filters(ProductSearch search, Map<String, Object> params) {
		StringBuilder where = new StringBuilder(" where p.active");
		if (search.text() != null) {
			params.put("q", search.text());
		}
		if (search.category() != null) {
			where.append(" and c.slug = :category");
			params.put("category", search.category());
		}
		if (search.minPrice() != null) {
			where.append(" and p.price_minor >= :minPrice");
			params.put("minPrice", search.minPrice());
		}
		if (search.maxPrice() != null) {
			where.append(" and p.price_minor <= :maxPrice");
			params.put("maxPrice", search.maxPrice());
		}
		if (search.featuredOnly()) {
			where.append(" and p.featured");
		}
		return where.toString();
	}

	Optional<ProductDetail> findActive(String slug) {
		return this.jdbc.sql("""
				select %s, p.description, p.file_key, p.file_name, p.file_size, p.created_at
				from product p join category c on c.id = p.category_id
				where p.slug = :slug and p.active""".formatted(SUMMARY_COLUMNS))
			.param("slug", slug)
			.query((rs, row) -> detail(rs))
			.optional();
	}

	List<CategoryView> categories() {
		return this.jdbc.sql("""
				select c.slug, c.name, c.name_fr, count(p.id) filter (where p.active) as product_count
				from category c left join product p on p.category_id = c.id
				group by c.id order by c.position, c.name""")
			.query((rs, row) -> new CategoryView(rs.getString("slug"), rs.getString("name"), rs.getString("name_fr"),
					rs.getLong("product_count")))
			.list();
	}

	Optional<StoredCover> activeCover(String slug) {
		return this.jdbc.sql(
				"select cover_key, cover_content_type from product where slug = :slug and active and cover_key is not null")
			.param("slug", slug)
			.query((rs, row) -> new StoredCover(rs.getString(1), rs.getString(2)))
			.optional();
	}

	/** Where an active product's cover image is stored. */
	record StoredCover(String key, String contentType) {
	}

	/** The sort, on columns of {@code product} (or of the ranked matches, prefix ""). */
	private static String orderBy(ProductSearch search, String prefix) {
		return switch (search.sort()) {
			case RELEVANCE ->
				(search.text() != null) ? "rank desc, id desc" : prefix + "created_at desc, " + prefix + "id desc";
			case PRICE_ASC -> prefix + "price_minor asc, " + prefix + "id asc";
			case PRICE_DESC -> prefix + "price_minor desc, " + prefix + "id desc";
			case NEWEST -> prefix + "created_at desc, " + prefix + "id desc";
		};
	}

	private static ProductSummary summary(ResultSet rs) throws SQLException {
		String slug = rs.getString("slug");
		return new ProductSummary(rs.getLong("id"), slug, rs.getString("title"),
				new Money(rs.getLong("price_minor"), rs.getString("currency")),
				new CategoryRef(rs.getString("category_slug"), rs.getString("category_name")),
				ProductKind.valueOf(rs.getString("kind")), CatalogViews.coverUrl(slug, rs.getString("cover_key")),
				tags(rs.getArray("tags")));
	}

	private static ProductDetail detail(ResultSet rs) throws SQLException {
		ProductSummary summary = summary(rs);
		return new ProductDetail(summary.id(), summary.slug(), summary.title(), rs.getString("description"),
				summary.price(), summary.category(), summary.kind(), summary.coverUrl(), summary.tags(),
				rs.getString("file_key") != null, rs.getString("file_name"), rs.getObject("file_size", Long.class),
				rs.getTimestamp("created_at").toInstant());
	}

	private static List<String> tags(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

}
