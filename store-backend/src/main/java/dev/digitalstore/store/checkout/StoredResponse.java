package dev.digitalstore.store.checkout;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * A response exactly as first sent, so a replay can send the same bytes.
 *
 * @param replayed true when this is a stored response sent again
 */
record StoredResponse(int status, String contentType, byte[] body, boolean replayed) {

	static final String REPLAYED_HEADER = "Idempotent-Replayed";

	ResponseEntity<byte[]> toResponseEntity() {
		ResponseEntity.BodyBuilder response = ResponseEntity.status(this.status)
			.header(HttpHeaders.CONTENT_TYPE, this.contentType);
		if (this.replayed) {
			response.header(REPLAYED_HEADER, "true");
		}
		return response.body(this.body);
	}

}
