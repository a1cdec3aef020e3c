package dev.digitalstore.shop.fakes;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.digitalstore.shop.account.Me;
import dev.digitalstore.shop.backend.BackendProblem;
import dev.digitalstore.shop.backend.BackendProblemException;
import dev.digitalstore.shop.backend.Money;
import dev.digitalstore.shop.cart.Cart;
import dev.digitalstore.shop.cart.CartClient;

/**
 * Guest and customer carts priced from the fake catalog. Like the API, a customer's cart
 * is reachable only with their token, and a merged guest cart is gone.
 */
public class FakeCartClient implements CartClient {

	private static final SecureRandom random = new SecureRandom();

	private final FakeBackend backend;

	final Map<String, FakeCart> carts = new ConcurrentHashMap<>();

	public FakeCartClient(FakeBackend backend) {
		this.backend = backend;
	}

	@Override
	public Cart create(String accessToken) {
		this.backend.check();
		return (accessToken != null) ? customerCart(accessToken) : view(newCart(null));
	}

	@Override
	public Optional<Cart> find(String accessToken, String cartId) {
		this.backend.check();
		FakeCart cart = this.carts.get(cartId);
		return (cart != null && allowed(cart, accessToken)) ? Optional.of(view(cart)) : Optional.empty();
	}

	@Override
	public Cart setQuantity(String accessToken, String cartId, long productId, int quantity) {
		FakeCart cart = cart(accessToken, cartId);
		this.backend.product(productId);
		synchronized (cart) {
			cart.items.put(productId, quantity);
		}
		return view(cart);
	}

	@Override
	public Cart add(String accessToken, String cartId, long productId, int quantity) {
		FakeCart cart = cart(accessToken, cartId);
		this.backend.product(productId);
		synchronized (cart) {
			cart.items.merge(productId, quantity, (current, added) -> Math.min(100, current + added));
		}
		return view(cart);
	}

	@Override
	public Cart remove(String accessToken, String cartId, long productId) {
		FakeCart cart = cart(accessToken, cartId);
		synchronized (cart) {
			cart.items.remove(productId);
		}
		return view(cart);
	}

	@Override
	public Cart customerCart(String accessToken) {
		this.backend.check();
		Me me = this.backend.accounts.me(accessToken);
		FakeCart cart = this.carts.values()
			.stream()
			.filter((candidate) -> Long.valueOf(me.id()).equals(candidate.ownerId))
			.findFirst()
			.orElseGet(() -> newCart(me.id()));
		return view(cart);
	}

	@Override
	public Cart merge(String accessToken, String guestCartId) {
		this.backend.check();
		Me me = this.backend.accounts.me(accessToken);
		FakeCart guest = this.carts.get(guestCartId);
		FakeCart customer = this.carts.get(customerCart(accessToken).id());
		if (guest != null && guest.ownerId == null) {
			synchronized (customer) {
				guest.items.forEach((productId, quantity) -> customer.items.merge(productId, quantity, Math::max));
			}
			this.carts.remove(guestCartId);
		}
		return view(customer);
	}

	/** The cart the checkout reads; emptied once its order is placed. */
	FakeCart cart(String accessToken, String cartId) {
		this.backend.check();
		FakeCart cart = this.carts.get(cartId);
		if (cart == null || !allowed(cart, accessToken)) {
			throw new BackendProblemException.NotFound(
					BackendProblem.of(404, "cart-not-found", "Not found", "No cart " + cartId));
		}
		return cart;
	}

	Cart view(FakeCart cart) {
		List<Cart.Line> lines;
		synchronized (cart) {
			lines = cart.items.entrySet().stream().map((item) -> {
				FakeBackend.FakeProduct product = this.backend.product(item.getKey());
				Money unit = product.price;
				return new Cart.Line(product.id, product.slug, product.title, product.kind, unit, item.getValue(),
						Money.of(unit.amountMinor() * item.getValue(), unit.currency()), product.active);
			}).toList();
		}
		long total = lines.stream().mapToLong((line) -> line.lineTotal().amountMinor()).sum();
		int count = lines.stream().mapToInt(Cart.Line::quantity).sum();
		return new Cart(cart.id, lines, count, Money.of(total, FakeBackend.CURRENCY));
	}

	private boolean allowed(FakeCart cart, String accessToken) {
		if (cart.ownerId == null) {
			return true;
		}
		try {
			return accessToken != null && this.backend.accounts.me(accessToken).id() == cart.ownerId;
		}
		catch (BackendProblemException.Unauthorized ex) {
			return false;
		}
	}

	private FakeCart newCart(Long ownerId) {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		FakeCart cart = new FakeCart(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), ownerId);
		this.carts.put(cart.id, cart);
		return cart;
	}

	static final class FakeCart {

		final String id;

		final Long ownerId;

		final Map<Long, Integer> items = new LinkedHashMap<>();

		FakeCart(String id, Long ownerId) {
			this.id = id;
			this.ownerId = ownerId;
		}

	}

}
