package dev.digitalstore.shop.cart;

import java.util.List;

import dev.digitalstore.shop.backend.Money;
import dev.digitalstore.shop.catalog.ProductKind;

/** A cart as the store API prices it (always at the catalog's current prices). */
public record Cart(String id, List<Line> items, int itemCount, Money total) {

	public Cart {
		items = (items != null) ? List.copyOf(items) : List.of();
	}

	/** A cart with nothing in it, shown before the shopper adds anything. */
	public static Cart empty(String currency) {
		return new Cart(null, List.of(), 0, Money.of(0, currency));
	}

	public boolean isEmpty() {
		return this.items.isEmpty();
	}

	/** Whether every line can still be bought (a product may have been withdrawn). */
	public boolean allAvailable() {
		return this.items.stream().allMatch(Line::available);
	}

	/** One product in the cart. */
	public record Line(long productId, String slug, String title, ProductKind kind, Money unitPrice, int quantity,
			Money lineTotal, boolean available) {
	}

}
