package dev.digitalstore.store.account;

import java.util.List;
import java.util.Locale;

import dev.digitalstore.store.shared.security.StoreRoles;

/**
 * A stored account.
 *
 * @param role {@link StoreRoles#CUSTOMER} or {@link StoreRoles#ADMIN}
 */
record Customer(long id, String email, String displayName, String passwordHash, String role) {

	/** The identity of an e-mail address for sign-in and uniqueness. */
	static String normalizeEmail(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	boolean admin() {
		return StoreRoles.ADMIN.equals(this.role);
	}

	List<String> roles() {
		return List.of(this.role);
	}

	CustomerProfile profile() {
		return new CustomerProfile(this.id, this.email, this.displayName, admin());
	}

	@Override
	public String toString() {
		return "Customer[id=" + this.id + ", role=" + this.role + "]";
	}

}
