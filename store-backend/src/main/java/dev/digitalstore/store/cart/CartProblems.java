package dev.digitalstore.store.cart;

import java.util.Map;

import org.springframework.http.HttpStatus;

import dev.digitalstore.store.shared.web.NotFoundException;
import dev.digitalstore.store.shared.web.ProblemException;

/** What can go wrong with a cart, as problem details. */
final class CartProblems {

	private CartProblems() {
	}

	/** Unknown, closed, or another customer's cart: all look the same from outside. */
	static NotFoundException cartNotFound() {
		return new NotFoundException("The cart");
	}

	static NotFoundException productNotFound() {
		return new NotFoundException("The product");
	}

	static final class ProductUnavailableException extends ProblemException {

		private final long productId;

		ProductUnavailableException(long productId, String title) {
			super(HttpStatus.UNPROCESSABLE_CONTENT, "product-unavailable", "Product unavailable",
					"'" + title + "' cannot be bought at the moment.");
			this.productId = productId;
		}

		@Override
		protected Map<String, Object> properties() {
			return Map.of("productId", this.productId);
		}

	}

}
