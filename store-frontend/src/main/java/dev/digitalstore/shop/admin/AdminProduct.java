package dev.digitalstore.shop.admin;

import java.util.List;

import dev.digitalstore.shop.backend.Money;
import dev.digitalstore.shop.catalog.ProductKind;
import dev.digitalstore.shop.catalog.ProductSummary;

/** A product as the admin API shows it: active or not, with its licence-key stock. */
public record AdminProduct(long id, String slug, String title, String description, Money price,
		ProductSummary.CategoryRef category, List<String> tags, ProductKind kind, boolean featured, boolean active,
		Long keysAvailable, boolean hasFile, String fileName, String coverUrl) {

	public AdminProduct {
		tags = (tags != null) ? List.copyOf(tags) : List.of();
	}

}
