package dev.digitalstore.shop.order;

import dev.digitalstore.shop.backend.PageOf;

/**
 * The store API's orders and their delivery. Each read is authorised either by the
 * owner's access token or, for guests, by the order's own access token.
 */
public interface OrderClient {

	Order order(String reference, OrderAccess access);

	Delivery delivery(String reference, OrderAccess access);

	PageOf<Order> myOrders(String accessToken, int page, int size);

	java.util.List<LibraryItem> library(String accessToken);

	/** Streams a download (or follows its redirect) into the target. */
	void download(String downloadToken, DownloadTarget target);

	/** How an order is reached: the owner's bearer token or the guest's order token. */
	record OrderAccess(String bearerToken, String guestToken) {

		public static OrderAccess bearer(String token) {
			return new OrderAccess(token, null);
		}

		public static OrderAccess guest(String token) {
			return new OrderAccess(null, token);
		}

	}

	/** Receives a file as it streams in. */
	interface DownloadTarget {

		void write(String contentType, String contentDisposition, long contentLength, java.io.InputStream body)
				throws java.io.IOException;

	}

}
