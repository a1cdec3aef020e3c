package dev.digitalstore.store.account;

import java.util.Map;

import org.springframework.http.HttpStatus;

/** Sign-in refused without checking the password: too many recent failures. */
class TooManyAttemptsException extends RetryLaterException {

	TooManyAttemptsException(long retryAfterSeconds) {
		super(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "Too many sign-in attempts",
				"Too many failed sign-in attempts. Try again in " + retryAfterSeconds + " seconds.", retryAfterSeconds);
	}

	@Override
	protected Map<String, Object> properties() {
		return Map.of("retryAfterSeconds", retryAfterSeconds());
	}

}
