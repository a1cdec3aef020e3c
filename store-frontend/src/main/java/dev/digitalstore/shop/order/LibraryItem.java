package dev.digitalstore.shop.order;

import java.time.Instant;
import java.util.List;

import dev.digitalstore.shop.catalog.ProductKind;

/** Something the customer bought, with its current download link and keys. */
public record LibraryItem(String orderReference, long productId, String title, ProductKind kind, Instant purchasedAt,
		Download download, List<String> licenceKeys) {

	public LibraryItem {
		licenceKeys = (licenceKeys != null) ? List.copyOf(licenceKeys) : List.of();
	}

	/** The item's download link, if it has a file. */
	public record Download(String url, Instant expiresAt, int downloadsLeft) {

		public String shopUrl() {
			return DownloadLinks.shopUrl(this.url);
		}

	}

}
