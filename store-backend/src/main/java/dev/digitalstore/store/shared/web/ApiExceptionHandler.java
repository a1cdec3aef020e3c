package dev.digitalstore.store.shared.web;

import java.net.URI;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import jakarta.validation.ConstraintViolationException;

/**
 * Every error of the API as RFC 9457 problem details: the store's own
 * {@link ProblemException}s, the framework's (malformed JSON, validation with the failing
 * fields, oversized uploads), and an unreachable database as 503 so clients retry instead
 * of hanging.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	@ExceptionHandler(ProblemException.class)
	ResponseEntity<ProblemDetail> handleProblem(ProblemException ex) {
		return ResponseEntity.status(ex.status()).body(ex.toProblemDetail());
	}

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class,
			QueryTimeoutException.class, TransientDataAccessResourceException.class })
	ResponseEntity<ProblemDetail> handleDatabaseUnavailable(Exception ex) {
		log.warn("Database unavailable: {}", ex.getMessage());
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
				"Service temporarily unavailable",
				"The store cannot reach its database right now. Please retry shortly.");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
	}

	/**
	 * A connection lost mid-transaction surfaces as the failed rollback or commit, which
	 * hides the query's own exception: it is still the database being unavailable.
	 */
	@ExceptionHandler({ TransactionSystemException.class, JpaSystemException.class })
	ResponseEntity<ProblemDetail> handleTransactionFailure(RuntimeException ex) {
		if (ConnectionFailures.isConnectionFailure(ex)) {
			return handleDatabaseUnavailable(ex);
		}
		throw ex;
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ResponseEntity<ProblemDetail> handleConstraintViolation(ConstraintViolationException ex) {
		List<FieldProblem> errors = ex.getConstraintViolations()
			.stream()
			.map((violation) -> new FieldProblem(leaf(violation.getPropertyPath().toString()), violation.getMessage()))
			.toList();
		return ResponseEntity.badRequest().body(validationProblem(errors));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest().body(validationProblem(fieldProblems(ex.getBindingResult())));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldProblem> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap((result) -> result.getResolvableErrors()
				.stream()
				.map((error) -> new FieldProblem(result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(validationProblem(errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request",
				"The request body could not be read: " + RequestBodyErrors.describe(ex));
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large", "Upload too large",
				"The uploaded file is larger than the store accepts.");
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(problem);
	}

	private static ProblemDetail validationProblem(List<FieldProblem> errors) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
				"Some fields are not valid: see errors.");
		problem.setProperty("errors", errors);
		return problem;
	}

	private static List<FieldProblem> fieldProblems(BindingResult result) {
		return result.getFieldErrors()
			.stream()
			.map((error) -> new FieldProblem(error.getField(), error.getDefaultMessage()))
			.toList();
	}

	static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(ProblemException.TYPE_BASE + type));
		problem.setTitle(title);
		return problem;
	}

	private static String leaf(String path) {
		int dot = path.lastIndexOf('.');
		return (dot >= 0) ? path.substring(dot + 1) : path;
	}

	/** One invalid field: which one and why. */
	record FieldProblem(String field, String message) {
	}

}
