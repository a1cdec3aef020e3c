package dev.digitalstore.store.account;

import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import dev.digitalstore.store.shared.security.StoreRoles;

/**
 * Stored accounts. Plain SQL: both writes are upserts that lean on the unique index on
 * the normalised e-mail, which is what keeps concurrent registrations of one address
 * apart.
 */
@Repository
class Customers {

	private static final String COLUMNS = "id, email, display_name, password_hash, role";

	private static final RowMapper<Customer> MAPPER = (rs, row) -> new Customer(rs.getLong("id"), rs.getString("email"),
			rs.getString("display_name"), rs.getString("password_hash"), rs.getString("role"));

	private final JdbcClient jdbc;

	Customers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Customer> findById(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from customer where id = :id")
			.param("id", id)
			.query(MAPPER)
			.optional();
	}

	Optional<Customer> findByEmail(String normalizedEmail) {
		return this.jdbc.sql("select " + COLUMNS + " from customer where email_normalized = :email")
			.param("email", normalizedEmail)
			.query(MAPPER)
			.optional();
	}

	/** Stores a new customer; empty when an account already has this e-mail address. */
	Optional<Customer> insert(NewCustomer customer) {
		return this.jdbc.sql("""
				insert into customer (email, email_normalized, display_name, password_hash, role)
				values (:email, :normalized, :displayName, :passwordHash, :role)
				on conflict (email_normalized) do nothing
				returning %s""".formatted(COLUMNS))
			.params(params(customer, StoreRoles.CUSTOMER))
			.query(MAPPER)
			.optional();
	}

	/**
	 * Makes sure an administrator with this e-mail address exists: creates it, or
	 * promotes the customer who has the address. An existing account keeps its password.
	 */
	AdminSetup ensureAdmin(NewCustomer admin) {
		// xmax is 0 on a row version this statement inserted, set when it updated one.
		return this.jdbc.sql("""
				insert into customer (email, email_normalized, display_name, password_hash, role)
				values (:email, :normalized, :displayName, :passwordHash, :role)
				on conflict (email_normalized) do update set role = excluded.role where customer.role <> excluded.role
				returning (xmax = 0) as created""")
			.params(params(admin, StoreRoles.ADMIN))
			.query((rs, row) -> rs.getBoolean("created") ? AdminSetup.CREATED : AdminSetup.PROMOTED)
			.optional()
			.orElse(AdminSetup.ALREADY_ADMIN);
	}

	private static Map<String, Object> params(NewCustomer customer, String role) {
		return Map.of("email", customer.email(), "normalized", Customer.normalizeEmail(customer.email()), "displayName",
				customer.displayName(), "passwordHash", customer.passwordHash(), "role", role);
	}

	/** A customer to store, with the password already hashed. */
	record NewCustomer(String email, String displayName, String passwordHash) {

		NewCustomer {
			email = email.strip();
			displayName = displayName.strip();
		}

	}

	enum AdminSetup {

		CREATED, PROMOTED, ALREADY_ADMIN

	}

}
