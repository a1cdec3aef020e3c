package dev.digitalstore.store.shared.web;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A failure a client can understand and act on. Features throw subclasses;
 * {@link ApiExceptionHandler} turns them into RFC 9457 problem details with a stable
 * {@code type} per kind of problem.
 */
public abstract class ProblemException extends RuntimeException {

	public static final String TYPE_BASE = "https://digital-store.dev/problems/";

	private final HttpStatus status;

	private final String type;

	private final String title;

	protected ProblemException(HttpStatus status, String type, String title, String detail) {
		super(detail);
		this.status = status;
		this.type = type;
		this.title = title;
	}

	public HttpStatus status() {
		return this.status;
	}

	/** Extra members of the problem document, for example the field that was wrong. */
	protected Map<String, Object> properties() {
		return Map.of();
	}

	public ProblemDetail toProblemDetail() {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(this.status, getMessage());
		problem.setType(URI.create(TYPE_BASE + this.type));
		problem.setTitle(this.title);
		properties().forEach(problem::setProperty);
		return problem;
	}

}
