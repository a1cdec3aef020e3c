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
			log.debug("Sign-in throttled from {} for {} s", clientAddress, decision.retryAfterSeconds());
			throw new TooManyAttemptsException(decision.retryAfterSeconds());
		}
		Optional<Customer> customer = this.customers.findByEmail(normalizedEmail);
		if (!passwordMatches(customer, password, normalizedEmail, clientAddress)) {
			this.metrics.signInFailed();
			throw new InvalidCredentialsException();
		}
		this.throttle.succeeded(customer.get().id(), normalizedEmail, clientAddress);
		this.metrics.signedIn();
		return this.tokens.issue(customer.get());
	}

	private boolean passwordMatches(Optional<Customer> customer, String password, String normalizedEmail,
			String clientAddress) {
		try {
			if (customer.isEmpty()) {
				this.passwords.checkAgainstDummy(password);
				return false;
			}
			return this.passwords.matches(password, customer.get().passwordHash());
		}
		catch (PasswordHashingBusyException ex) {
			this.throttle.abandoned(normalizedEmail, clientAddress);
			throw ex;
		}
	}

}
