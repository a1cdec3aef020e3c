package dev.digitalstore.shop.admin;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.digitalstore.shop.catalog.ProductKind;

/** The admin's product form; the price is typed as a decimal ("12.99"). */
public record ProductForm(@NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") @Size(max = 100) String slug,
		@NotBlank @Size(max = 200) String title, @Size(max = 10000) String description,
		@NotNull @DecimalMin("0.00") @Digits(integer = 7, fraction = 2) BigDecimal price, @NotBlank String categorySlug,
		@Size(max = 500) String tags, @NotNull ProductKind kind, Boolean featured) {

	static ProductForm empty() {
		return new ProductForm("", "", "", null, "", "", ProductKind.DOWNLOAD, false);
	}

	static ProductForm of(AdminProduct product) {
		return new ProductForm(product.slug(), product.title(), product.description(), product.price().toDecimal(),
				(product.category() != null) ? product.category().slug() : "", String.join(", ", product.tags()),
				product.kind(), product.featured());
	}

	ProductCommand toCommand(String currency) {
		int digits = Currency.getInstance(currency).getDefaultFractionDigits();
		List<String> tagList = (this.tags == null) ? List.of()
				: Arrays.stream(this.tags.split(",")).map(String::trim).filter((tag) -> !tag.isEmpty()).toList();
		return new ProductCommand(this.slug, this.title, (this.description != null) ? this.description : "",
				this.price.movePointRight(digits).longValueExact(), currency, this.categorySlug, tagList, this.kind,
				isFeatured());
	}

	/** An unchecked checkbox sends nothing: absent means no. */
	public boolean isFeatured() {
		return Boolean.TRUE.equals(this.featured);
	}

	/** The price as typed back into the field. */
	public String priceText() {
		return (this.price != null) ? this.price.toPlainString() : "";
	}

}
