package dev.digitalstore.store.account;

import org.springframework.http.HttpStatus;

/**
 * Every password-hashing slot stayed taken: the request is shed rather than queued
 * forever.
 */
class PasswordHashingBusyException extends RetryLaterException {

	PasswordHashingBusyException() {
		super(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Service temporarily unavailable",
				"Too many sign-ins are being processed right now. Please retry shortly.", 2);
	}

}
