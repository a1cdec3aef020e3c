package dev.digitalstore.shop.catalog;

import java.time.Instant;
import java.util.List;

import dev.digitalstore.shop.backend.Money;

/** A product with everything its page shows. */
public record ProductDetail(long id, String slug, String title, Money price, ProductSummary.CategoryRef category,
		ProductKind kind, String coverUrl, List<String> tags, String description, boolean hasFile, String fileName,
		Long fileSize, Instant createdAt) {

	public ProductDetail {
		tags = (tags != null) ? List.copyOf(tags) : List.of();
	}

	public boolean hasCover() {
		return this.coverUrl != null && !this.coverUrl.isBlank();
	}

}
