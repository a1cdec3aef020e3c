package dev.digitalstore.shop.catalog;

/**
 * What the catalog page asks for: search text, filters (prices in minor units), sort and
 * page. Blank values mean "no filter".
 */
public record ProductQuery(String q, String category, Long minPrice, Long maxPrice, Sort sort, int page, int size,
		boolean featuredOnly) {

	public static final int DEFAULT_SIZE = 12;

	public ProductQuery {
		q = blankToNull(q);
		category = blankToNull(category);
		sort = (sort != null) ? sort : Sort.RELEVANCE;
		page = Math.max(page, 0);
		size = (size < 1 || size > 100) ? DEFAULT_SIZE : size;
	}

	public static ProductQuery newest(int size) {
		return new ProductQuery(null, null, null, null, Sort.NEWEST, 0, size, false);
	}

	public static ProductQuery featured(int size) {
		return new ProductQuery(null, null, null, null, Sort.RELEVANCE, 0, size, true);
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	/** The orders the API knows, with the names it expects. */
	public enum Sort {

		RELEVANCE("relevance"), PRICE_ASC("price_asc"), PRICE_DESC("price_desc"), NEWEST("newest");

		private final String apiName;

		Sort(String apiName) {
			this.apiName = apiName;
		}

		public String apiName() {
			return this.apiName;
		}

		public static Sort fromApiName(String name) {
			for (Sort sort : values()) {
				if (sort.apiName.equals(name)) {
					return sort;
				}
			}
			return RELEVANCE;
		}

	}

}
