package dev.digitalstore.shop.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The signed-in customer's profile, as {@code GET /api/me} returns it. Kept in the
 * session.
 */
public record Me(long id, String email, String displayName,
		List<String> roles) implements Serializable, AuthenticatedPrincipal {

	@Serial
	private static final long serialVersionUID = 1L;

	public static final String ADMIN = "ADMIN";

	public Me {
		roles = (roles != null) ? List.copyOf(roles) : List.of();
	}

	/**
	 * The name sessions are indexed by: the customer id (stable, short, and not personal
	 * data like the e-mail).
	 */
	@Override
	public String getName() {
		return "customer-" + this.id;
	}

	public boolean admin() {
		return this.roles.contains(ADMIN);
	}

	/** What the page header greets the customer with. */
	public String greetingName() {
		return (this.displayName != null && !this.displayName.isBlank()) ? this.displayName : this.email;
	}

}
