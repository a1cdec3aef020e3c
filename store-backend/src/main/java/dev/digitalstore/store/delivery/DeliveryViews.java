package dev.digitalstore.store.delivery;

import java.time.Instant;
import java.util.List;

import dev.digitalstore.store.catalog.ProductKind;
import dev.digitalstore.store.order.OrderStatus;

/** Delivery's JSON shapes (see docs/api.md). */
final class DeliveryViews {

	private DeliveryViews() {
	}

	/**
	 * {@code url} is the API path of the file; shops map the token to a route of their
	 * own.
	 */
	record Download(long orderLineId, long productId, String title, String fileName, String token, String url,
			Instant expiresAt, int downloadsLeft, boolean usable) {
	}

	record LicenceKey(long orderLineId, long productId, String title, String key) {
	}

	record OrderDelivery(String reference, OrderStatus status, List<Download> downloads, List<LicenceKey> licenceKeys) {
	}

	record LibraryItem(String orderReference, long orderLineId, long productId, String productSlug, String title,
			ProductKind kind, Instant purchasedAt, Download download, List<String> licenceKeys) {
	}

	static String apiPath(String token) {
		return "/api/downloads/" + token;
	}

}
