package dev.digitalstore.shop.checkout;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import dev.digitalstore.shop.backend.BackendProblemException;

/**
 * Places an order once per idempotency key. When the same form arrives twice (a double
 * click), the API answers the second request 409 while the first is still running; this
 * waits for the first to finish and returns its order, so both responses show it.
 */
@Component
class PlaceOrder {

	static final String OUT_OF_STOCK = "out-of-stock";

	private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(10);

	private static final Duration POLL = Duration.ofMillis(250);

	private final CheckoutClient checkout;

	PlaceOrder(CheckoutClient checkout) {
		this.checkout = checkout;
	}

	PlacedOrder place(String idempotencyKey, CheckoutRequest request, String accessToken) {
		Instant deadline = Instant.now().plus(WAIT_FOR_FIRST);
		while (true) {
			try {
				return this.checkout.checkout(idempotencyKey, request, accessToken);
			}
			catch (BackendProblemException.Conflict ex) {
				if (OUT_OF_STOCK.equals(ex.problem().typeName()) || Instant.now().isAfter(deadline)) {
					throw ex;
				}
				pause();
			}
		}
	}

	private static void pause() {
		try {
			Thread.sleep(POLL.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the first checkout", ex);
		}
	}

}
