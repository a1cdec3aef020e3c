package dev.digitalstore.store.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import dev.digitalstore.store.account.Customers.AdminSetup;
import dev.digitalstore.store.account.Customers.NewCustomer;

/**
 * Makes sure the configured administrator exists before the store serves requests. Safe
 * when several replicas start at once: the upsert lets exactly one create the account. A
 * bad setting stops the start, with a message that never contains the password.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final AdminProperties properties;

	private final Customers customers;

	private final Passwords passwords;

	FirstAdmin(AdminProperties properties, Customers customers, Passwords passwords) {
		this.properties = properties;
		this.customers = customers;
		this.passwords = passwords;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.properties.configured()) {
			ensure(this.properties.email(), this.properties.password());
		}
	}

	AdminSetup ensure(String email, String password) {
		if (!email.contains("@")) {
			throw new IllegalStateException("store.account.admin.email is not an e-mail address");
		}
		if (!StringUtils.hasText(password)) {
			throw new IllegalStateException("store.account.admin.password must be set with store.account.admin.email");
		}
		PasswordPolicy.violation(password, email).ifPresent((reason) -> {
			throw new IllegalStateException("store.account.admin.password " + reason);
		});
		AdminSetup setup = this.customers
			.ensureAdmin(new NewCustomer(email, "Administrator", this.passwords.hash(password)));
		switch (setup) {
			case CREATED -> log.info("Administrator {} created", email.strip());
			case PROMOTED -> log.info("Customer {} promoted to administrator", email.strip());
			case ALREADY_ADMIN -> log.debug("Administrator {} already set up", email.strip());
		}
		return setup;
	}

}
