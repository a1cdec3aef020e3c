package dev.digitalstore.store.catalog;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * What an admin sends to create or change a product. The price is in the store's
 * currency: {@code currency} may say so (clients that send it are checked), never choose
 * another.
 */
record ProductDraft(
		@NotBlank @Size(max = 120) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
				message = "must be lower-case words separated by hyphens") String slug,
		@NotBlank @Size(max = 200) String title, @Size(max = 20000) String description,
		@NotNull @PositiveOrZero Long priceMinor,
		@Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
		@NotBlank String categorySlug, @Size(max = 20) List<@NotBlank @Size(max = 40) String> tags,
		@NotNull ProductKind kind, boolean featured) {

}
