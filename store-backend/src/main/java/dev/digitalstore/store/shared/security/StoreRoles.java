package dev.digitalstore.store.shared.security;

/**
 * Role names as they appear in access tokens ({@code roles} claim) and as Spring Security
 * authorities.
 */
public final class StoreRoles {

	public static final String CUSTOMER = "CUSTOMER";

	public static final String ADMIN = "ADMIN";

	public static final String ROLES_CLAIM = "roles";

	static final String ADMIN_AUTHORITY = "ROLE_" + ADMIN;

	private StoreRoles() {
	}

}
