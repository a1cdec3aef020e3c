package dev.digitalstore.store.order;

import org.springframework.http.HttpStatus;

import dev.digitalstore.store.shared.web.ProblemException;

/** A second checkout of a cart whose order is still being paid (or was paid). */
public class CartAlreadyOrderedException extends ProblemException {

	public CartAlreadyOrderedException() {
		super(HttpStatus.CONFLICT, "cart-already-ordered", "Cart already ordered",
				"An order for this cart is already being paid. Check your orders before trying again.");
	}

}
