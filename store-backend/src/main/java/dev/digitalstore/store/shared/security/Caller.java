package dev.digitalstore.store.shared.security;

import java.util.Optional;

/**
 * Who is calling: a signed-in customer (or admin), or an anonymous shopper. Controllers
 * declare a {@code Caller} parameter instead of digging in the security context.
 */
public record Caller(Long customerId, boolean admin) {

	public static final Caller ANONYMOUS = new Caller(null, false);

	public Optional<Long> customer() {
		return Optional.ofNullable(this.customerId);
	}

	public boolean signedIn() {
		return this.customerId != null;
	}

	/**
	 * The customer id, for endpoints that security already restricts to signed-in
	 * callers.
	 */
	public long requireCustomerId() {
		if (this.customerId == null) {
			throw new IllegalStateException("No signed-in customer on this request");
		}
		return this.customerId;
	}

}
