package dev.digitalstore.store.account;

import java.util.Map;

import org.springframework.http.HttpStatus;

import dev.digitalstore.store.shared.web.ProblemException;

/** Sign-in refused without checking the password: too many recent failures. */
class TooManyAttemptsException extends ProblemException {

	private final long retryAfterSeconds;

	TooManyAttemptsException(long retryAfterSeconds) {
		super(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "Too many sign-in attempts",
				"Too many failed sign-in attempts. Try again in " + retryAfterSeconds + " seconds.");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

	@Override
	protected Map<String, Object> properties() {
		return Map.of("retryAfterSeconds", this.retryAfterSeconds);
	}

}
