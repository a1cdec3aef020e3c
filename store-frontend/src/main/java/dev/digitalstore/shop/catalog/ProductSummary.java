package dev.digitalstore.shop.catalog;

import java.util.List;

import dev.digitalstore.shop.backend.Money;

/** A product as lists show it. */
public record ProductSummary(long id, String slug, String title, Money price, CategoryRef category, ProductKind kind,
		String coverUrl, List<String> tags) {

	public ProductSummary {
		tags = (tags != null) ? List.copyOf(tags) : List.of();
	}

	public boolean hasCover() {
		return this.coverUrl != null && !this.coverUrl.isBlank();
	}

	/** The category a product belongs to. */
	public record CategoryRef(String slug, String name) {
	}

}
