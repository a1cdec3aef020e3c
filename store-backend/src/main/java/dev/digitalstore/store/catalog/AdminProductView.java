package dev.digitalstore.store.catalog;

import java.time.Instant;
import java.util.List;

import dev.digitalstore.store.shared.Money;

/** A product as the admin pages see it, active or not. */
record AdminProductView(long id, String slug, String title, String description, Money price,
		CatalogViews.CategoryRef category, List<String> tags, ProductKind kind, boolean active, boolean featured,
		Long keysAvailable, String coverUrl, boolean hasFile, String fileName, Long fileSize, Instant createdAt,
		Instant updatedAt) {

	/** Null unless the product is sold with licence keys. */
	AdminProductView withKeysAvailable(Long available) {
		return new AdminProductView(this.id, this.slug, this.title, this.description, this.price, this.category,
				this.tags, this.kind, this.active, this.featured, this.kind.hasLicenceKey() ? available : null,
				this.coverUrl, this.hasFile, this.fileName, this.fileSize, this.createdAt, this.updatedAt);
	}

}
