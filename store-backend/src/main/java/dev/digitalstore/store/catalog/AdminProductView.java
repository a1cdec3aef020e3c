package dev.digitalstore.store.catalog;

import java.time.Instant;
import java.util.List;

import dev.digitalstore.store.shared.Money;

/** A product as the admin pages see it, active or not. */
record AdminProductView(long id, String slug, String title, String description, Money price, String categorySlug,
		List<String> tags, ProductKind kind, boolean active, boolean featured, String coverUrl, boolean hasFile,
		String fileName, Long fileSize, Instant createdAt, Instant updatedAt) {

}
