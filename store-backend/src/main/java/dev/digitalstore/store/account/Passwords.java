package dev.digitalstore.store.account;

import java.util.UUID;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password hashing with Argon2id at OWASP's recommended minimum (19 MiB, 2 iterations, 1
 * lane): about 50 ms a hash, which is what makes a stolen hash expensive to guess.
 */
@Component
class Passwords {

	private static final int SALT_LENGTH = 16;

	private static final int HASH_LENGTH = 32;

	private static final int PARALLELISM = 1;

	private static final int MEMORY_KIB = 19456;

	private static final int ITERATIONS = 2;

	private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(SALT_LENGTH, HASH_LENGTH, PARALLELISM,
			MEMORY_KIB, ITERATIONS);

	// Checked against when the e-mail is unknown, so that such a sign-in costs as much
	// time
	// as a wrong password and response times do not reveal which accounts exist.
	private final String dummyHash = this.encoder.encode(UUID.randomUUID().toString());

	String hash(String password) {
		return this.encoder.encode(password);
	}

	boolean matches(String password, String hash) {
		return this.encoder.matches(password, hash);
	}

	void checkAgainstDummy(String password) {
		this.encoder.matches(password, this.dummyHash);
	}

}
