package dev.digitalstore.shop.backend;

/**
 * The store API refused a request with a problem document. Subclasses name the kinds of
 * refusal pages react to; anything else arrives as this class.
 */
public class BackendProblemException extends BackendException {

	private final BackendProblem problem;

	public BackendProblemException(BackendProblem problem) {
		super(problem.status() + " " + problem.typeName() + ": " + problem.detail(), null);
		this.problem = problem;
	}

	public BackendProblem problem() {
		return this.problem;
	}

	public int status() {
		return this.problem.status();
	}

	/** The detail the API gave, meant for people (the API writes it in English). */
	public String detail() {
		return (this.problem.detail() != null) ? this.problem.detail() : this.problem.title();
	}

	/** 404: the thing asked for does not exist, or is not the caller's. */
	public static class NotFound extends BackendProblemException {

		public NotFound(BackendProblem problem) {
			super(problem);
		}

		/** The store API's plain 404, for an answer the shop gives it the same way. */
		public static NotFound of(String detail) {
			return new NotFound(BackendProblem.of(404, "not-found", "Not found", detail));
		}

	}

	/**
	 * 401: the access token is missing, expired or revoked, or the credentials are wrong.
	 */
	public static class Unauthorized extends BackendProblemException {

		public Unauthorized(BackendProblem problem) {
			super(problem);
		}

	}

	/** 403: signed in, but not allowed. */
	public static class Forbidden extends BackendProblemException {

		public Forbidden(BackendProblem problem) {
			super(problem);
		}

	}

	/**
	 * 400 or 422: the request was invalid; {@link BackendProblem#errors()} names the
	 * fields.
	 */
	public static class InvalidRequest extends BackendProblemException {

		public InvalidRequest(BackendProblem problem) {
			super(problem);
		}

	}

	/** 402: the card was declined; the order is cancelled and the cart kept. */
	public static class PaymentDeclined extends BackendProblemException {

		public PaymentDeclined(BackendProblem problem) {
			super(problem);
		}

		public String declineCode() {
			return problem().property("declineCode");
		}

	}

	/**
	 * 409: a conflict, for example a short licence-key pool or a request still running.
	 */
	public static class Conflict extends BackendProblemException {

		public Conflict(BackendProblem problem) {
			super(problem);
		}

	}

	/** 410: gone for good, for example an expired or exhausted download link. */
	public static class Gone extends BackendProblemException {

		public Gone(BackendProblem problem) {
			super(problem);
		}

	}

	/** 429: throttled; try again after {@link #retryAfterSeconds()}. */
	public static class Throttled extends BackendProblemException {

		private final long retryAfterSeconds;

		public Throttled(BackendProblem problem, long retryAfterSeconds) {
			super(problem);
			this.retryAfterSeconds = retryAfterSeconds;
		}

		public long retryAfterSeconds() {
			return this.retryAfterSeconds;
		}

	}

}
