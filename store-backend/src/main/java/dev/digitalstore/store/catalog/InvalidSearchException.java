package dev.digitalstore.store.catalog;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import dev.digitalstore.store.shared.web.ProblemException;

/** A catalog query parameter that cannot be used, reported like a validation error. */
class InvalidSearchException extends ProblemException {

	private final String field;

	InvalidSearchException(String field, String message) {
		super(HttpStatus.BAD_REQUEST, "validation", "Invalid request", "Parameter '" + field + "' " + message + ".");
		this.field = field;
	}

	@Override
	protected Map<String, Object> properties() {
		return Map.of("errors", List.of(Map.of("field", this.field, "message", getMessage())));
	}

}
