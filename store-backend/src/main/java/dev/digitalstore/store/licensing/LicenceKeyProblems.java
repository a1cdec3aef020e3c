package dev.digitalstore.store.licensing;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;

import dev.digitalstore.store.shared.web.ProblemException;

/** Why a licence-key import is refused; nothing is imported in any of these cases. */
final class LicenceKeyProblems {

	private LicenceKeyProblems() {
	}

	static ProblemException invalidFile(String detail) {
		return new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-licence-key-file", "Invalid licence-key file",
				detail, Map.of());
	}

	static ProblemException duplicatesInFile(List<String> examples, int count) {
		return new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "duplicate-licence-keys", "Duplicate licence keys",
				count + " key(s) appear more than once in the file. Nothing was imported.",
				Map.of("duplicates", examples, "duplicateCount", count));
	}

	static ProblemException duplicatesInPool(List<String> examples, int count) {
		return new Problem(HttpStatus.CONFLICT, "duplicate-licence-keys", "Duplicate licence keys",
				count + " key(s) are already in this product's pool. Nothing was imported.",
				Map.of("duplicates", examples, "duplicateCount", count));
	}

	static ProblemException productWithoutKeys(String title) {
		return new Problem(HttpStatus.UNPROCESSABLE_CONTENT, "product-without-licence-keys",
				"Product has no licence keys", "'" + title + "' is not sold with licence keys.", Map.of());
	}

	private static final class Problem extends ProblemException {

		private final Map<String, Object> properties;

		Problem(HttpStatus status, String type, String title, String detail, Map<String, Object> properties) {
			super(status, type, title, detail);
			this.properties = properties;
		}

		@Override
		protected Map<String, Object> properties() {
			return this.properties;
		}

	}

}
