package dev.digitalstore.shop.order;

import java.time.Instant;
import java.util.List;

/** What an order delivers: download links and licence keys (empty until fulfilled). */
public record Delivery(OrderStatus status, List<Download> downloads, List<LicenceKey> licenceKeys) {

	public Delivery {
		downloads = (downloads != null) ? List.copyOf(downloads) : List.of();
		licenceKeys = (licenceKeys != null) ? List.copyOf(licenceKeys) : List.of();
	}

	/** A download link; {@code url} ends with the download token. */
	public record Download(long productId, String title, String fileName, String url, Instant expiresAt,
			int downloadsLeft) {

		/** The shop's own route for this download, so the API need not be public. */
		public String shopUrl() {
			return DownloadLinks.shopUrl(this.url);
		}

	}

	/** A licence key assigned to the buyer. */
	public record LicenceKey(long productId, String title, String key) {
	}

}
