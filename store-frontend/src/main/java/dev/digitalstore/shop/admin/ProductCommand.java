package dev.digitalstore.shop.admin;

import java.util.List;

import dev.digitalstore.shop.catalog.ProductKind;

/** The body of the admin API's product create and update. */
public record ProductCommand(String slug, String title, String description, long priceMinor, String currency,
		String categorySlug, List<String> tags, ProductKind kind, boolean featured) {

	public ProductCommand {
		tags = (tags != null) ? List.copyOf(tags) : List.of();
	}

}
