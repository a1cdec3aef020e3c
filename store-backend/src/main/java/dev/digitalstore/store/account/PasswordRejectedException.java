package dev.digitalstore.store.account;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import dev.digitalstore.store.shared.web.ProblemException;

/** The password breaks the policy: rendered like any other field validation problem. */
class PasswordRejectedException extends ProblemException {

	private final String reason;

	PasswordRejectedException(String reason) {
		super(HttpStatus.BAD_REQUEST, "validation", "Invalid request", "Some fields are not valid: see errors.");
		this.reason = reason;
	}

	@Override
	protected Map<String, Object> properties() {
		return Map.of("errors", List.of(Map.of("field", "password", "message", this.reason)));
	}

}
