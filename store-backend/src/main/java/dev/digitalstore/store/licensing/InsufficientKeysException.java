package dev.digitalstore.store.licensing;

import java.util.Map;

import org.springframework.http.HttpStatus;

import dev.digitalstore.store.shared.web.ProblemException;

/**
 * A licence-key pool cannot cover an order: the checkout is refused before any payment.
 */
public class InsufficientKeysException extends ProblemException {

	private final long productId;

	private final long available;

	public InsufficientKeysException(long productId, String title, long requested, long available) {
		super(HttpStatus.CONFLICT, "out-of-stock", "Out of stock",
				"Only " + available + " licence key(s) left for '" + title + "', " + requested + " requested.");
		this.productId = productId;
		this.available = available;
	}

	@Override
	protected Map<String, Object> properties() {
		return Map.of("productId", this.productId, "available", this.available);
	}

}
