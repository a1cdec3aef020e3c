package dev.digitalstore.store.cart;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Request bodies of the cart endpoints. */
final class CartRequests {

	private CartRequests() {
	}

	record SetQuantity(@NotNull @Min(1) @Max(CartService.MAX_QUANTITY) Integer quantity) {

	}

	/** Adds to the quantity already in the cart (one when absent). */
	record AddItem(@NotNull @Positive Long productId, @Min(1) @Max(CartService.MAX_QUANTITY) Integer quantity) {

		int quantityOrOne() {
			return (this.quantity != null) ? this.quantity : 1;
		}

	}

	record Merge(@NotBlank @Size(max = 43) String cartId) {

	}

}
