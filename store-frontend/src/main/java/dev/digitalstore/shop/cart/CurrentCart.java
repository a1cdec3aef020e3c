package dev.digitalstore.shop.cart;

import java.util.Optional;
import java.util.function.BiFunction;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Component;

import dev.digitalstore.shop.account.Shopper;
import dev.digitalstore.shop.backend.BackendProblemException;

/**
 * Which cart the shopper is filling. A guest's cart lives in a long-lived cookie only (a
 * guest's browsing must not create a session: a database write per visitor); a customer's
 * cart is the API's open cart for them, remembered in their session. The item count is
 * kept alongside for the page header, so pages need not fetch the cart.
 */
@Component
public class CurrentCart {

	static final String CART_ID = CurrentCart.class.getName() + ".id";

	static final String ITEM_COUNT = CurrentCart.class.getName() + ".count";

	private final CartClient carts;

	private final CartCookie cookie;

	CurrentCart(CartClient carts, CartCookie cookie) {
		this.carts = carts;
		this.cookie = cookie;
	}

	/** The shopper's cart, or empty when a guest has not started one. */
	public Optional<Cart> find(HttpServletRequest request, HttpServletResponse response, Shopper shopper) {
		Optional<String> id = knownId(request, shopper);
		Optional<Cart> cart = id.flatMap((cartId) -> this.carts.find(shopper.accessToken(), cartId));
		if (id.isPresent() && cart.isEmpty()) {
			forget(request, response);
		}
		if (cart.isEmpty() && shopper.signedIn()) {
			cart = Optional.of(this.carts.customerCart(shopper.accessToken()));
		}
		cart.ifPresent((found) -> remember(request, response, shopper, found));
		return cart;
	}

	/**
	 * Applies a change to the shopper's cart, starting one if needed. A cart that
	 * vanished meanwhile (checked out in another tab, expired) is replaced by a new one.
	 */
	public Cart change(HttpServletRequest request, HttpServletResponse response, Shopper shopper,
			BiFunction<String, String, Cart> change) {
		String cartId = knownId(request, shopper).orElseGet(() -> start(shopper).id());
		Cart cart;
		try {
			cart = change.apply(shopper.accessToken(), cartId);
		}
		catch (BackendProblemException.NotFound ex) {
			cart = change.apply(shopper.accessToken(), start(shopper).id());
		}
		remember(request, response, shopper, cart);
		return cart;
	}

	/**
	 * At sign-in: the guest's cart joins the customer's, and the customer's cart becomes
	 * the current one. The guest cookie is no longer needed.
	 */
	public void adoptAtSignIn(HttpServletRequest request, HttpServletResponse response, Shopper customer) {
		Optional<String> guestCart = this.cookie.read(request);
		Cart cart;
		try {
			cart = guestCart.isPresent() ? this.carts.merge(customer.accessToken(), guestCart.get())
					: this.carts.customerCart(customer.accessToken());
		}
		catch (BackendProblemException.NotFound | BackendProblemException.Forbidden ex) {
			cart = this.carts.customerCart(customer.accessToken());
		}
		this.cookie.delete(request, response);
		remember(request, response, customer, cart);
	}

	/** Forgets the cart, for example once it has been checked out. */
	public void forget(HttpServletRequest request, HttpServletResponse response) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.removeAttribute(CART_ID);
			session.removeAttribute(ITEM_COUNT);
		}
		this.cookie.delete(request, response);
	}

	/** How many items the header shows, as last seen. */
	public int itemCount(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object count = (session != null) ? session.getAttribute(ITEM_COUNT) : null;
		return (count instanceof Integer value) ? value : this.cookie.itemCount(request);
	}

	private Cart start(Shopper shopper) {
		return shopper.signedIn() ? this.carts.customerCart(shopper.accessToken()) : this.carts.create(null);
	}

	private Optional<String> knownId(HttpServletRequest request, Shopper shopper) {
		if (!shopper.signedIn()) {
			return this.cookie.read(request);
		}
		HttpSession session = request.getSession(false);
		Object id = (session != null) ? session.getAttribute(CART_ID) : null;
		return (id instanceof String cartId) ? Optional.of(cartId) : Optional.empty();
	}

	private void remember(HttpServletRequest request, HttpServletResponse response, Shopper shopper, Cart cart) {
		if (!shopper.signedIn()) {
			this.cookie.write(request, response, cart.id(), cart.itemCount());
			return;
		}
		// Signed in, the shopper has a session already: getSession() creates none.
		HttpSession session = request.getSession();
		if (!cart.id().equals(session.getAttribute(CART_ID))) {
			session.setAttribute(CART_ID, cart.id());
		}
		if (!Integer.valueOf(cart.itemCount()).equals(session.getAttribute(ITEM_COUNT))) {
			session.setAttribute(ITEM_COUNT, cart.itemCount());
		}
	}

}
