package dev.digitalstore.shop.backend;

/**
 * The store API is down, too slow or failing (no answer, a timeout or a 5xx): the shopper
 * sees a friendly 503 page and can retry later.
 */
public class BackendUnavailableException extends BackendException {

	public BackendUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
