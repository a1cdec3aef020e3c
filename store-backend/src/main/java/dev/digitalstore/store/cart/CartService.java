package dev.digitalstore.store.cart;

import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.digitalstore.store.catalog.CatalogApi;
import dev.digitalstore.store.catalog.ProductOffer;
import dev.digitalstore.store.shared.security.Caller;

/**
 * Guest and customer carts. A guest cart (no customer) is reachable by whoever holds its
 * id; a customer's cart only with that customer's token. Closed carts (checked out,
 * merged) are not found any more: clients start a new one.
 */
@Service
class CartService {

	static final int MAX_QUANTITY = 100;

	private final CartRepository carts;

	private final CartPricer pricer;

	private final CatalogApi catalog;

	CartService(CartRepository carts, CartPricer pricer, CatalogApi catalog) {
		this.carts = carts;
		this.pricer = pricer;
		this.catalog = catalog;
	}

	/** At most three statements: the cart with its items, then the catalog's offers. */
	@Transactional(readOnly = true)
	CartView view(String cartId, Caller caller) {
		CartRepository.Snapshot cart = this.carts.find(cartId)
			.filter((found) -> found.open() && mayUse(found, caller))
			.orElseThrow(CartProblems::cartNotFound);
		return this.pricer.price(cart);
	}

	/** A new guest cart, or the signed-in caller's open cart. */
	@Transactional
	CartView start(Caller caller) {
		if (caller.signedIn()) {
			return customerCart(caller.requireCustomerId());
		}
		String id = CartIds.next();
		this.carts.insertGuest(id);
		return this.pricer.price(new CartRepository.Snapshot(id, null, "OPEN", java.util.List.of()));
	}

	@Transactional
	CartView customerCart(long customerId) {
		return this.pricer.price(openCartOf(customerId));
	}

	@Transactional
	CartView setQuantity(String cartId, long productId, int quantity, Caller caller) {
		requireActive(productId);
		lockUsable(cartId, caller);
		this.carts.setQuantity(cartId, productId, quantity);
		return view(cartId, caller);
	}

	/** Adds to the product's quantity (capped at {@value #MAX_QUANTITY}). */
	@Transactional
	CartView add(String cartId, long productId, int quantity, Caller caller) {
		requireActive(productId);
		lockUsable(cartId, caller);
		this.carts.addQuantity(cartId, productId, quantity, MAX_QUANTITY);
		return view(cartId, caller);
	}

	private void requireActive(long productId) {
		ProductOffer offer = this.catalog.offer(productId).orElseThrow(CartProblems::productNotFound);
		if (!offer.active()) {
			throw new CartProblems.ProductUnavailableException(productId, offer.title());
		}
	}

	@Transactional
	CartView remove(String cartId, long productId, Caller caller) {
		lockUsable(cartId, caller);
		this.carts.removeItem(cartId, productId);
		return view(cartId, caller);
	}

	/**
	 * Moves a guest cart's items into the customer's open cart (quantities added, capped
	 * at {@value #MAX_QUANTITY}) and closes the guest cart as MERGED.
	 */
	@Transactional
	CartView merge(long customerId, String guestCartId) {
		CartRepository.Snapshot target = openCartOf(customerId);
		if (target.id().equals(guestCartId)) {
			return this.pricer.price(target);
		}
		// Both rows locked: a concurrent merge or checkout of the guest cart waits, then
		// sees it closed.
		this.carts.lock(target.id());
		CartRepository.Snapshot guest = this.carts.lock(guestCartId)
			.filter((found) -> found.open() && found.customerId() == null)
			.orElseThrow(CartProblems::cartNotFound);
		this.carts.mergeItems(guest.id(), target.id(), MAX_QUANTITY);
		this.carts.close(guest.id(), "MERGED");
		return this.pricer.price(this.carts.find(target.id()).orElseThrow());
	}

	private CartRepository.Snapshot openCartOf(long customerId) {
		return this.carts.findOpenOfCustomer(customerId).orElseGet(() -> {
			this.carts.insertOpenForCustomer(CartIds.next(), customerId);
			return this.carts.findOpenOfCustomer(customerId).orElseThrow();
		});
	}

	private void lockUsable(String cartId, Caller caller) {
		this.carts.lock(cartId)
			.filter((found) -> found.open() && mayUse(found, caller))
			.orElseThrow(CartProblems::cartNotFound);
	}

	static boolean mayUse(CartRepository.Snapshot cart, Caller caller) {
		return cart.customerId() == null || Objects.equals(cart.customerId(), caller.customerId());
	}

}
