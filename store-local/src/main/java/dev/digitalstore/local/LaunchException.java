package dev.digitalstore.local;

/**
 * The store could not start; the message says why and what to do, in words for the person
 * at the terminal.
 */
public class LaunchException extends RuntimeException {

	LaunchException(String message) {
		super(message);
	}

	LaunchException(String message, Throwable cause) {
		super(message, cause);
	}

}
