package dev.digitalstore.store.order;

import java.util.List;

import dev.digitalstore.store.catalog.ProductKind;

/** What the checkout knows when it places an order: buyer and a priced snapshot. */
public record NewOrder(Long customerId, String email, String billingCountry, String currency, String cartId,
		List<Line> lines) {

	public NewOrder {
		lines = List.copyOf(lines);
	}

	public record Line(long productId, String slug, String title, ProductKind kind, long unitPriceMinor, int quantity) {

	}

}
