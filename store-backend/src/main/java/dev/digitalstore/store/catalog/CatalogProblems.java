package dev.digitalstore.store.catalog;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import dev.digitalstore.store.shared.web.ProblemException;

/** The catalog's own problems, each with a stable type. */
final class CatalogProblems {

	private CatalogProblems() {
	}

	static final class SlugTaken extends ProblemException {

		SlugTaken(String slug) {
			super(HttpStatus.CONFLICT, "slug-taken", "Slug already used",
					"Another product already uses the slug '" + slug + "'.");
		}

	}

	static final class UnknownCategory extends FieldProblem {

		UnknownCategory(String slug) {
			super("unknown-category", "Unknown category", "categorySlug", "No category '" + slug + "' exists.");
		}

	}

	static final class OtherCurrency extends FieldProblem {

		OtherCurrency(String given, String storeCurrency) {
			super("currency-mismatch", "Not the store's currency", "currency",
					"Prices are in " + storeCurrency + ", not " + given + ".");
		}

	}

	static final class RejectedUpload extends FieldProblem {

		RejectedUpload(HttpStatus status, String detail) {
			super(status, "rejected-upload", "Upload rejected", "file", detail);
		}

	}

	/**
	 * A problem that names the field at fault, in the same {@code errors} shape as
	 * validation errors.
	 */
	abstract static class FieldProblem extends ProblemException {

		private final String field;

		FieldProblem(String type, String title, String field, String detail) {
			this(HttpStatus.UNPROCESSABLE_CONTENT, type, title, field, detail);
		}

		FieldProblem(HttpStatus status, String type, String title, String field, String detail) {
			super(status, type, title, detail);
			this.field = field;
		}

		@Override
		protected Map<String, Object> properties() {
			return Map.of("errors", List.of(Map.of("field", this.field, "message", getMessage())));
		}

	}

}
