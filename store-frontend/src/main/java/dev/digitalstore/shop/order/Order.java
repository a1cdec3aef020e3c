package dev.digitalstore.shop.order;

import java.time.Instant;
import java.util.List;

import dev.digitalstore.shop.backend.Money;
import dev.digitalstore.shop.catalog.ProductKind;

/** An order with its price snapshot. */
public record Order(String reference, OrderStatus status, String email, String billingCountry, Instant createdAt,
		Instant paidAt, Money total, List<Line> lines) {

	public Order {
		lines = (lines != null) ? List.copyOf(lines) : List.of();
	}

	/** One product bought. */
	public record Line(long productId, String slug, String title, ProductKind kind, Money unitPrice, int quantity,
			Money lineTotal) {
	}

}
