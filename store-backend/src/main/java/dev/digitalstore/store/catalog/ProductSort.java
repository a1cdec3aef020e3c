package dev.digitalstore.store.catalog;

/**
 * How a product list is ordered. Relevance falls back to newest when there is no search
 * text.
 */
enum ProductSort {

	RELEVANCE, PRICE_ASC, PRICE_DESC, NEWEST;

	static ProductSort parse(String value) {
		if (value == null || value.isBlank()) {
			return RELEVANCE;
		}
		for (ProductSort sort : values()) {
			if (sort.name().equalsIgnoreCase(value.trim())) {
				return sort;
			}
		}
		throw new InvalidSearchException("sort", "must be one of relevance, price_asc, price_desc, newest");
	}

}
