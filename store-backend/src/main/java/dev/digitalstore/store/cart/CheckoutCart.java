package dev.digitalstore.store.cart;

import java.util.List;

/**
 * An open cart as the checkout sees it: quantities only, prices come from the catalog.
 */
public record CheckoutCart(String id, Long customerId, List<Line> lines) {

	public CheckoutCart {
		lines = List.copyOf(lines);
	}

	public record Line(long productId, int quantity) {

	}

}
