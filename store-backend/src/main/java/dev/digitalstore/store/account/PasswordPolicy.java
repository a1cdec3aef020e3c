package dev.digitalstore.store.account;

import java.util.Optional;

/**
 * What a password must be: long enough to resist guessing (NIST SP 800-63B asks for
 * length, not character classes), short enough to bound hashing work, and not the e-mail
 * address that is typed next to it.
 */
final class PasswordPolicy {

	static final int MIN_LENGTH = 10;

	static final int MAX_LENGTH = 128;

	private PasswordPolicy() {
	}

	/** Why the password is refused, if it is. */
	static Optional<String> violation(String password, String email) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("must be at least " + MIN_LENGTH + " characters long");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("must be at most " + MAX_LENGTH + " characters long");
		}
		if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
			return Optional.of("must not be the e-mail address");
		}
		return Optional.empty();
	}

}
