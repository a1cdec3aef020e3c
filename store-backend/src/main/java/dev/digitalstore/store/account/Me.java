package dev.digitalstore.store.account;

import java.util.List;

/**
 * The signed-in customer as they see themselves.
 *
 * @param roles {@code CUSTOMER} or {@code ADMIN}
 */
record Me(long id, String email, String displayName, List<String> roles) {

	static Me of(Customer customer) {
		return new Me(customer.id(), customer.email(), customer.displayName(), customer.roles());
	}

}
