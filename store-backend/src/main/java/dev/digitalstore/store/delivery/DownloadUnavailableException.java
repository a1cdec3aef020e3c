package dev.digitalstore.store.delivery;

import java.util.Map;

import org.springframework.http.HttpStatus;

import dev.digitalstore.store.shared.web.ProblemException;

/**
 * A download link that existed but can no longer be used: 410, with the reason the buyer
 * needs.
 */
class DownloadUnavailableException extends ProblemException {

	private final Reason reason;

	DownloadUnavailableException(Reason reason) {
		super(HttpStatus.GONE, "download-unavailable", "Download no longer available", reason.message);
		this.reason = reason;
	}

	@Override
	protected Map<String, Object> properties() {
		return Map.of("reason", this.reason.name().toLowerCase());
	}

	enum Reason {

		EXPIRED("This download link has expired. Signed-in customers can renew it from their library."),
		EXHAUSTED("This download link has been used the maximum number of times."),
		REVOKED("This download was revoked because the order was refunded.");

		private final String message;

		Reason(String message) {
			this.message = message;
		}

	}

}
