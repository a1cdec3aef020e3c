package dev.digitalstore.shop.backend;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an error response of the store API into a typed exception. 5xx answers mean the
 * API is unwell, so they become {@link BackendUnavailableException} like a timeout does.
 */
public final class BackendProblems {

	private static final Set<String> STANDARD_MEMBERS = Set.of("type", "title", "status", "detail", "instance",
			"errors");

	private final JsonMapper jsonMapper;

	public BackendProblems(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	/** The exception for an error response; for calls that read the raw response. */
	public BackendException toException(ClientHttpResponse response) throws IOException {
		HttpStatusCode status = response.getStatusCode();
		if (status.is5xxServerError()) {
			return new BackendUnavailableException("The store API answered " + status.value(), null);
		}
		BackendProblem problem = read(status.value(), response.getBody());
		return switch (status.value()) {
			case 400, 422 -> new BackendProblemException.InvalidRequest(problem);
			case 401 -> new BackendProblemException.Unauthorized(problem);
			case 402 -> new BackendProblemException.PaymentDeclined(problem);
			case 403 -> new BackendProblemException.Forbidden(problem);
			case 404 -> new BackendProblemException.NotFound(problem);
			case 409 -> new BackendProblemException.Conflict(problem);
			case 410 -> new BackendProblemException.Gone(problem);
			case 429 -> new BackendProblemException.Throttled(problem, retryAfter(response.getHeaders()));
			default -> new BackendProblemException(problem);
		};
	}

	private BackendProblem read(int status, InputStream body) throws IOException {
		byte[] bytes = body.readAllBytes();
		if (bytes.length == 0) {
			return BackendProblem.of(status, "about:blank", null, null);
		}
		try {
			JsonNode json = this.jsonMapper.readTree(bytes);
			List<BackendProblem.FieldError> errors = json.has("errors")
					? this.jsonMapper.convertValue(json.get("errors"), this.jsonMapper.getTypeFactory()
						.constructCollectionType(List.class, BackendProblem.FieldError.class))
					: List.of();
			Map<String, Object> properties = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> member : json.properties()) {
				if (!STANDARD_MEMBERS.contains(member.getKey()) && member.getValue().isValueNode()) {
					properties.put(member.getKey(), member.getValue().asString());
				}
			}
			return new BackendProblem(json.hasNonNull("type") ? java.net.URI.create(json.get("type").asString()) : null,
					text(json, "title"), status, text(json, "detail"), errors, properties);
		}
		catch (JacksonException | IllegalArgumentException ex) {
			// Not a problem document (a proxy's HTML page, say): keep the status only.
			return BackendProblem.of(status, "about:blank", null, null);
		}
	}

	private static String text(JsonNode json, String member) {
		return json.hasNonNull(member) ? json.get(member).asString() : null;
	}

	private static long retryAfter(HttpHeaders headers) {
		String value = headers.getFirst(HttpHeaders.RETRY_AFTER);
		try {
			return (value != null) ? Long.parseLong(value.trim()) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
