package dev.digitalstore.store.catalog;

import java.time.Instant;
import java.util.List;

import dev.digitalstore.store.shared.Money;

/** The catalog's JSON shapes (see docs/api.md). */
final class CatalogViews {

	private CatalogViews() {
	}

	record CategoryRef(String slug, String name) {
	}

	record CategoryView(String slug, String name, String nameFr, long productCount) {
	}

	record ProductSummary(long id, String slug, String title, Money price, CategoryRef category, ProductKind kind,
			String coverUrl, List<String> tags) {
	}

	record ProductDetail(long id, String slug, String title, String description, Money price, CategoryRef category,
			ProductKind kind, String coverUrl, List<String> tags, boolean hasFile, String fileName, Long fileSize,
			Instant createdAt) {
	}

	static String coverUrl(String slug, String coverKey) {
		return (coverKey != null) ? "/api/products/" + slug + "/cover" : null;
	}

}
