package dev.digitalstore.store.shared.web;

import org.springframework.http.HttpStatus;

/** The thing asked for does not exist, or the caller may not know that it does. */
public class NotFoundException extends ProblemException {

	public NotFoundException(String what) {
		super(HttpStatus.NOT_FOUND, "not-found", "Not found", what + " was not found.");
	}

}
