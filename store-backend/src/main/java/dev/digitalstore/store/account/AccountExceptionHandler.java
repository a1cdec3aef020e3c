package dev.digitalstore.store.account;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Adds {@code Retry-After} to refusals a client should retry later; ordered before the
 * global handler, which renders every other problem.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccountExceptionHandler {

	@ExceptionHandler(RetryLaterException.class)
	ResponseEntity<ProblemDetail> handleRetryLater(RetryLaterException ex) {
		return ResponseEntity.status(ex.status())
			.header(HttpHeaders.RETRY_AFTER, Long.toString(ex.retryAfterSeconds()))
			.body(ex.toProblemDetail());
	}

}
