package dev.digitalstore.store.cart;

import java.util.List;

import dev.digitalstore.store.catalog.ProductKind;
import dev.digitalstore.store.shared.Money;

/**
 * A cart as clients see it, always priced with the catalog's current prices.
 * {@code itemCount} counts units; {@code total} adds the available lines only.
 */
record CartView(String id, List<Item> items, int itemCount, Money total) {

	record Item(long productId, String slug, String title, ProductKind kind, Money unitPrice, int quantity,
			Money lineTotal, boolean available) {

	}

}
