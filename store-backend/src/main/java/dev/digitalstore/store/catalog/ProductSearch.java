package dev.digitalstore.store.catalog;

/**
 * A shopper's catalog query, already checked: text (may be null), filters (null when
 * absent), sort and page.
 */
record ProductSearch(String text, String category, Long minPrice, Long maxPrice, boolean featuredOnly, ProductSort sort,
		int page, int size) {

	static final int MAX_PAGE_SIZE = 100;

	static final int MAX_TEXT_LENGTH = 200;

	static ProductSearch of(String q, String category, Long minPrice, Long maxPrice, Boolean featured, String sort,
			Integer page, Integer size) {
		String text = (q != null && !q.isBlank()) ? q.trim() : null;
		if (text != null && text.length() > MAX_TEXT_LENGTH) {
			throw new InvalidSearchException("q", "must be at most " + MAX_TEXT_LENGTH + " characters");
		}
		if (minPrice != null && minPrice < 0) {
			throw new InvalidSearchException("minPrice", "must not be negative");
		}
		if (maxPrice != null && maxPrice < 0) {
			throw new InvalidSearchException("maxPrice", "must not be negative");
		}
		if (minPrice != null && maxPrice != null && minPrice > maxPrice) {
			throw new InvalidSearchException("minPrice", "must not be above maxPrice");
		}
		int pageNumber = (page != null) ? page : 0;
		if (pageNumber < 0 || pageNumber > 10_000) {
			throw new InvalidSearchException("page", "must be between 0 and 10000");
		}
		int pageSize = (size != null) ? size : 12;
		if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
			throw new InvalidSearchException("size", "must be between 1 and " + MAX_PAGE_SIZE);
		}
		String categorySlug = (category != null && !category.isBlank()) ? category.trim() : null;
		return new ProductSearch(text, categorySlug, minPrice, maxPrice, Boolean.TRUE.equals(featured),
				ProductSort.parse(sort), pageNumber, pageSize);
	}

	long offset() {
		return (long) this.page * this.size;
	}

}
