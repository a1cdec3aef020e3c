package dev.digitalstore.shop.backend;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document from the store API: the standard members plus the extra
 * ones the API adds (for example {@code declineCode} or the field {@code errors}).
 */
public record BackendProblem(URI type, String title, int status, String detail, List<FieldError> errors,
		Map<String, Object> properties) {

	public BackendProblem {
		errors = (errors != null) ? List.copyOf(errors) : List.of();
		properties = (properties != null) ? Map.copyOf(properties) : Map.of();
	}

	public static BackendProblem of(int status, String type, String title, String detail) {
		return new BackendProblem(URI.create(TYPE_BASE + type), title, status, detail, List.of(), Map.of());
	}

	/** Where the store API's problem types live. */
	public static final String TYPE_BASE = "https://digital-store.dev/problems/";

	/** The last path segment of the type, the stable name of the problem. */
	public String typeName() {
		if (this.type == null) {
			return "about:blank";
		}
		String path = this.type.toString();
		return path.substring(path.lastIndexOf('/') + 1);
	}

	public String property(String name) {
		Object value = this.properties.get(name);
		return (value != null) ? value.toString() : null;
	}

	/** One invalid field of a request. */
	public record FieldError(String field, String message) {
	}

}
