package dev.digitalstore.store.account;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

import dev.digitalstore.store.account.throttle.SignInThrottle;
import dev.digitalstore.store.account.throttle.ThrottleDecision;

/**
 * Exchanges an e-mail address and password for an access token. Unknown addresses and
 * wrong passwords get the same answer in about the same time, and attempts are throttled
 * before any password is checked.
 */
@Service
class SignIn {

	private static final Logger log = LoggerFactory.getLogger(SignIn.class);

	private final Customers customers;

	private final Passwords passwords;

	private final SignInThrottle throttle;

	private final AccessTokens tokens;

	private final AccountMetrics metrics;

	SignIn(Customers customers, Passwords passwords, SignInThrottle throttle, AccessTokens tokens,
			AccountMetrics metrics) {
		this.customers = customers;
		this.passwords = passwords;
		this.throttle = throttle;
		this.tokens = tokens;
		this.metrics = metrics;
	}

	/**
	 * @param clientAddress the address the attempt comes from, as seen behind the load
	 * balancer
	 */
	AccessToken signIn(String email, String password, String clientAddress) {
		String normalizedEmail = Customer.normalizeEmail(email);
		ThrottleDecision decision = this.throttle.tryAcquire(normalizedEmail, clientAddress);
		if (!decision.allowed()) {
			this.metrics.signInThrottled();
			log.info("Sign-in throttled from {} for {} s", clientAddress, decision.retryAfterSeconds());
			throw new TooManyAttemptsException(decision.retryAfterSeconds());
		}
		Optional<Customer> customer = this.customers.findByEmail(normalizedEmail);
		if (customer.isEmpty()) {
			this.passwords.checkAgainstDummy(password);
			throw failed();
		}
		if (!this.passwords.matches(password, customer.get().passwordHash())) {
			throw failed();
		}
		this.throttle.succeeded(customer.get().id(), normalizedEmail, clientAddress);
		this.metrics.signedIn();
		return this.tokens.issue(customer.get());
	}

	private InvalidCredentialsException failed() {
		this.metrics.signInFailed();
		return new InvalidCredentialsException();
	}

}
