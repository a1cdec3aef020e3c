package dev.digitalstore.store.order;

import java.time.Instant;
import java.util.List;

import dev.digitalstore.store.catalog.ProductKind;

/** An order as other features see it. */
public record OrderSummary(long id, String reference, Long customerId, String email, OrderStatus status,
		String currency, long totalMinor, Instant createdAt, List<Line> lines) {

	public record Line(long id, long productId, String productSlug, String title, ProductKind kind, long unitPriceMinor,
			int quantity) {

	}

}
