package dev.digitalstore.shop.catalog;

import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;

import dev.digitalstore.shop.backend.PageOf;

/**
 * The catalog page: the query as the shopper typed it (prices as entered), the results
 * and the categories to filter by.
 */
public record CatalogView(ProductQuery query, String minPrice, String maxPrice, PageOf<ProductSummary> results,
		List<Category> categories) {

	/** This search on another page. */
	public String pageUrl(int page) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/catalog");
		add(uri, "q", this.query.q());
		add(uri, "category", this.query.category());
		add(uri, "minPrice", this.minPrice);
		add(uri, "maxPrice", this.maxPrice);
		if (this.query.sort() != ProductQuery.Sort.RELEVANCE) {
			uri.queryParam("sort", this.query.sort().apiName());
		}
		uri.queryParam("page", page);
		return uri.encode().build().toUriString();
	}

	public boolean filtered() {
		return this.query.q() != null || this.query.category() != null || this.query.minPrice() != null
				|| this.query.maxPrice() != null;
	}

	private static void add(UriComponentsBuilder uri, String name, String value) {
		if (value != null && !value.isBlank()) {
			uri.queryParam(name, value);
		}
	}

}
