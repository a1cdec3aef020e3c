package dev.digitalstore.shop.fakes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.digitalstore.shop.account.Me;
import dev.digitalstore.shop.backend.BackendProblem;
import dev.digitalstore.shop.backend.BackendProblemException;
import dev.digitalstore.shop.cart.Cart;
import dev.digitalstore.shop.checkout.CheckoutClient;
import dev.digitalstore.shop.checkout.CheckoutRequest;
import dev.digitalstore.shop.checkout.PlacedOrder;
import dev.digitalstore.shop.checkout.TestCard;
import dev.digitalstore.shop.order.Order;

/**
 * Checkout with the simulated provider's test tokens and idempotency keys: a replay of
 * the same key and body answers the first order, a different body with the key is 422.
 */
public class FakeCheckoutClient implements CheckoutClient {

	private final FakeBackend backend;

	private final FakeCartClient carts;

	private final FakeOrderBook orders;

	private final Map<String, Replay> replays = new ConcurrentHashMap<>();

	public FakeCheckoutClient(FakeBackend backend, FakeCartClient carts, FakeOrderBook orders) {
		this.backend = backend;
		this.carts = carts;
		this.orders = orders;
	}

	@Override
	public synchronized PlacedOrder checkout(String idempotencyKey, CheckoutRequest request, String accessToken) {
		this.backend.check();
		Replay replay = this.replays.get(idempotencyKey);
		if (replay != null) {
			if (!replay.request.equals(request)) {
				throw new BackendProblemException.InvalidRequest(BackendProblem.of(422, "idempotency-key-reused",
						"Key reused", "The Idempotency-Key was used with a different request."));
			}
			return replay.order;
		}
		Declines.check(request.paymentToken());
		FakeCartClient.FakeCart fakeCart = this.carts.cart(accessToken, request.cartId());
		Cart cart = this.carts.view(fakeCart);
		if (cart.isEmpty()) {
			throw new BackendProblemException.InvalidRequest(
					BackendProblem.of(400, "empty-cart", "Empty cart", "The cart is empty."));
		}
		Me me = (accessToken != null) ? this.backend.accounts.me(accessToken) : null;
		List<Order.Line> lines = cart.items()
			.stream()
			.map((line) -> new Order.Line(line.productId(), line.slug(), line.title(), line.kind(), line.unitPrice(),
					line.quantity(), line.lineTotal()))
			.toList();
		String email = (request.email() != null) ? request.email() : me.email();
		Order order = new Order(this.orders.nextReference(), null, email, request.billingCountry(), Instant.now(), null,
				cart.total(), lines);
		String guestToken = "ord-" + UUID.randomUUID();
		FakeOrderBook.FakeOrder placed = this.orders.add(order, guestToken, (me != null) ? me.id() : null);
		synchronized (fakeCart) {
			fakeCart.items.clear();
		}
		PlacedOrder result = new PlacedOrder(order.reference(), placed.status(), guestToken);
		this.replays.put(idempotencyKey, new Replay(request, result));
		return result;
	}

	@Override
	public List<TestCard> testCards() {
		this.backend.check();
		return List.of(new TestCard("tok_visa", "Visa: payment succeeds"),
				new TestCard("tok_chargeDeclined", "Declined: generic decline"),
				new TestCard("tok_chargeDeclinedInsufficientFunds", "Declined: insufficient funds"));
	}

	private record Replay(CheckoutRequest request, PlacedOrder order) {
	}

	/** The simulated provider's declines. */
	static final class Declines {

		private Declines() {
		}

		static void check(String token) {
			String reason = switch (token) {
				case "tok_visa" -> null;
				case "tok_chargeDeclinedInsufficientFunds" -> "Your card has insufficient funds.";
				default -> "Your card was declined.";
			};
			if (reason != null) {
				String code = token.equals("tok_chargeDeclinedInsufficientFunds") ? "insufficient_funds"
						: "generic_decline";
				throw new BackendProblemException.PaymentDeclined(
						new BackendProblem(java.net.URI.create(BackendProblem.TYPE_BASE + "payment-declined"),
								"Payment declined", 402, reason, List.of(), Map.of("declineCode", code)));
			}
		}

	}

}
