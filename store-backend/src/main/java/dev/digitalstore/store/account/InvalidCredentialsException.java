package dev.digitalstore.store.account;

import org.springframework.http.HttpStatus;

import dev.digitalstore.store.shared.web.ProblemException;

/** Wrong e-mail or wrong password: deliberately the same answer for both. */
class InvalidCredentialsException extends ProblemException {

	InvalidCredentialsException() {
		super(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Invalid credentials",
				"The e-mail address or the password is wrong.");
	}

}
