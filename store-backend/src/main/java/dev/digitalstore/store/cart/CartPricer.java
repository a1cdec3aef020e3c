package dev.digitalstore.store.cart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import dev.digitalstore.store.catalog.CatalogApi;
import dev.digitalstore.store.catalog.ProductOffer;
import dev.digitalstore.store.shared.Money;
import dev.digitalstore.store.shared.StoreProperties;

/**
 * Prices a cart with the catalog's current offers, all fetched in one call. A product
 * that is inactive or priced in another currency than the store's stays in the cart,
 * marked unavailable and left out of the total.
 */
@Component
class CartPricer {

	private final CatalogApi catalog;

	private final String currency;

	CartPricer(CatalogApi catalog, StoreProperties properties) {
		this.catalog = catalog;
		this.currency = properties.currency();
	}

	CartView price(CartRepository.Snapshot cart) {
		Map<Long, ProductOffer> offers = cart.items().isEmpty() ? Map.of()
				: this.catalog.offers(cart.items().stream().map(CartRepository.Item::productId).toList());
		List<CartView.Item> items = new ArrayList<>();
		int itemCount = 0;
		long total = 0;
		for (CartRepository.Item item : cart.items()) {
			ProductOffer offer = offers.get(item.productId());
			if (offer == null) {
				// Products are never deleted (order lines refer to them); nothing to show
				// otherwise.
				continue;
			}
			boolean available = offer.active() && this.currency.equals(offer.currency());
			long lineTotal = Math.multiplyExact(offer.priceMinor(), item.quantity());
			items.add(new CartView.Item(offer.id(), offer.slug(), offer.title(), offer.kind(),
					new Money(offer.priceMinor(), offer.currency()), item.quantity(),
					new Money(lineTotal, offer.currency()), available));
			itemCount += item.quantity();
			if (available) {
				total = Math.addExact(total, lineTotal);
			}
		}
		return new CartView(cart.id(), items, itemCount, new Money(total, this.currency));
	}

}
