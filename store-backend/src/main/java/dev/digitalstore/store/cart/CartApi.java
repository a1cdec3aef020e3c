package dev.digitalstore.store.cart;

import java.util.Optional;

import dev.digitalstore.store.shared.security.Caller;

/** What the checkout may ask the cart feature. */
public interface CartApi {

	/**
	 * Locks the caller's open cart ({@code SELECT ... FOR UPDATE}) in the surrounding
	 * transaction, which must exist, so two checkouts of one cart run one after the
	 * other. Empty when the cart does not exist, is not open, or belongs to another
	 * customer.
	 */
	Optional<CheckoutCart> lockForCheckout(String cartId, Caller caller);

	/** Closes an open cart once its order is charged; a cart that is not open is left. */
	void markCheckedOut(String cartId);

}
