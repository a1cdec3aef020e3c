package dev.digitalstore.shop.backend;

/** The store API could not do what the shop asked. */
public abstract class BackendException extends RuntimeException {

	protected BackendException(String message, Throwable cause) {
		super(message, cause);
	}

}
