package dev.digitalstore.store.cart;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.digitalstore.store.shared.security.Caller;

@Service
class CartCheckout implements CartApi {

	private final CartRepository carts;

	CartCheckout(CartRepository carts) {
		this.carts = carts;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public Optional<CheckoutCart> lockForCheckout(String cartId, Caller caller) {
		return this.carts.lock(cartId)
			.filter((cart) -> cart.open() && CartService.mayUse(cart, caller))
			.map((cart) -> new CheckoutCart(cart.id(), cart.customerId(),
					cart.items()
						.stream()
						.map((item) -> new CheckoutCart.Line(item.productId(), item.quantity()))
						.toList()));
	}

	@Override
	@Transactional
	public void markCheckedOut(String cartId) {
		this.carts.close(cartId, "CHECKED_OUT");
	}

}
