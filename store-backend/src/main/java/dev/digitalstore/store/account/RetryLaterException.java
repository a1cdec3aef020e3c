package dev.digitalstore.store.account;

import org.springframework.http.HttpStatus;

import dev.digitalstore.store.shared.web.ProblemException;

/** A refusal the client may retry after a while; answered with {@code Retry-After}. */
abstract class RetryLaterException extends ProblemException {

	private final long retryAfterSeconds;

	RetryLaterException(HttpStatus status, String type, String title, String detail, long retryAfterSeconds) {
		super(status, type, title, detail);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	long retryAfterSeconds() {
		return this.retryAfterSeconds;
	}

}
