package dev.digitalstore.store.account;

import org.springframework.http.HttpStatus;

import dev.digitalstore.store.shared.web.ProblemException;

class EmailTakenException extends ProblemException {

	EmailTakenException() {
		super(HttpStatus.CONFLICT, "email-taken", "E-mail address already registered",
				"An account with this e-mail address already exists. Sign in instead.");
	}

}
