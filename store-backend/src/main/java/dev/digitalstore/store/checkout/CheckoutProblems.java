package dev.digitalstore.store.checkout;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import dev.digitalstore.store.shared.web.ProblemException;

/** Why a checkout is refused before anything is charged. */
final class CheckoutProblems {

	private CheckoutProblems() {
	}

	static ProblemException emptyCart() {
		return new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "cart-empty", "Cart is empty",
				"Add something to the cart before checking out.", Map.of());
	}

	static ProblemException unavailable(List<Long> productIds) {
		return new Problem(HttpStatus.CONFLICT, "items-unavailable", "Items unavailable",
				"Some items in the cart cannot be bought any more: remove them and try again.",
				Map.of("productIds", productIds));
	}

	static ProblemException currencyMismatch(String storeCurrency, List<Long> productIds) {
		return new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "currency-mismatch", "Currency mismatch",
				"Every item must be priced in " + storeCurrency + ".", Map.of("productIds", productIds));
	}

	/** Shaped like the framework's validation problems, with field errors. */
	static ProblemException emailRequired() {
		return new Problem(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
				"Some fields are not valid: see errors.",
				Map.of("errors", List.of(Map.of("field", "email", "message", "is required when not signed in"))));
	}

	static ProblemException paymentUnavailable() {
		return new Problem(HttpStatus.SERVICE_UNAVAILABLE, "payment-unavailable", "Payment unavailable",
				"The payment provider could not be reached. Nothing was charged; please retry shortly.", Map.of());
	}

	private static final class Problem extends ProblemException {

		private final Map<String, Object> properties;

		Problem(HttpStatus status, String type, String title, String detail, Map<String, Object> properties) {
			super(status, type, title, detail);
			this.properties = properties;
		}

		@Override
		protected Map<String, Object> properties() {
			return this.properties;
		}

	}

}
