package dev.digitalstore.shop.checkout;

import java.util.List;

/** The store API's checkout and the payment provider's test mode. */
public interface CheckoutClient {

	/**
	 * Turns the cart into an order and charges it. The same idempotency key with the same
	 * request never makes a second order. Throws {@code PaymentDeclined} (402) with the
	 * reason, {@code Conflict} (409) when stock is short or the first request with this
	 * key is still running.
	 */
	PlacedOrder checkout(String idempotencyKey, CheckoutRequest request, String accessToken);

	/**
	 * The payment tokens the simulated provider accepts, for the checkout page's test
	 * mode.
	 */
	List<TestCard> testCards();

}
