package dev.digitalstore.store.shared.web;

import java.util.stream.Collectors;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Says what is wrong with an unreadable body in words a client developer can act on,
 * without internals.
 */
final class RequestBodyErrors {

	private RequestBodyErrors() {
	}

	static String describe(HttpMessageNotReadableException ex) {
		Throwable cause = ex.getMostSpecificCause();
		if (cause instanceof UnrecognizedPropertyException unknown) {
			return "unknown field '" + unknown.getPropertyName() + "'.";
		}
		if (cause instanceof InvalidFormatException invalid) {
			return "field '" + path(invalid) + "' has an invalid value.";
		}
		if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
			return "field '" + path(mismatched) + "' has the wrong type.";
		}
		if (cause instanceof JacksonException) {
			return "it is not valid JSON.";
		}
		return "it is missing or not valid JSON.";
	}

	private static String path(JacksonException ex) {
		return ex.getPath()
			.stream()
			.map((reference) -> (reference.getPropertyName() != null) ? reference.getPropertyName()
					: "[" + reference.getIndex() + "]")
			.collect(Collectors.joining("."));
	}

}
