package dev.digitalstore.store.account;

import org.springframework.stereotype.Service;

import dev.digitalstore.store.account.Customers.NewCustomer;

/** Opens customer accounts. */
@Service
class Registration {

	private final Customers customers;

	private final Passwords passwords;

	private final AccountMetrics metrics;

	Registration(Customers customers, Passwords passwords, AccountMetrics metrics) {
		this.customers = customers;
		this.passwords = passwords;
		this.metrics = metrics;
	}

	Customer register(RegisterRequest request) {
		PasswordPolicy.violation(request.password(), request.email()).ifPresent((reason) -> {
			throw new PasswordRejectedException(reason);
		});
		NewCustomer customer = new NewCustomer(request.email(), request.displayName(),
				this.passwords.hash(request.password()));
		// The unique index decides between concurrent registrations of one address.
		Customer registered = this.customers.insert(customer).orElseThrow(EmailTakenException::new);
		this.metrics.registered();
		return registered;
	}

}
