package dev.digitalstore.store.account;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password hashing with Argon2id at OWASP's recommended minimum (19 MiB, 2 iterations, 1
 * lane): about 50 ms a hash, which is what makes a stolen hash expensive to guess.
 * <p>
 * Each hash holds 19 MiB and a core. More hashes at once than cores only costs memory,
 * and with virtual threads nothing else bounds them: a burst of sign-ins could exhaust
 * the heap. So hashes take a slot, and a request that waits too long for one is shed.
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

	private final Semaphore slots;

	private final Duration maxWait;

	// Checked against when the e-mail is unknown, so that such a sign-in costs as much
	// time
	// as a wrong password and response times do not reveal which accounts exist.
	private final String dummyHash = this.encoder.encode(UUID.randomUUID().toString());

	Passwords() {
		this(Math.max(2, Runtime.getRuntime().availableProcessors()), Duration.ofSeconds(10));
	}

	Passwords(int slots, Duration maxWait) {
		this.slots = new Semaphore(slots, true);
		this.maxWait = maxWait;
	}

	String hash(String password) {
		return withSlot(() -> this.encoder.encode(password));
	}

	boolean matches(String password, String hash) {
		return withSlot(() -> this.encoder.matches(password, hash));
	}

	void checkAgainstDummy(String password) {
		withSlot(() -> this.encoder.matches(password, this.dummyHash));
	}

	<T> T withSlot(Supplier<T> hashing) {
		try {
			if (!this.slots.tryAcquire(this.maxWait.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new PasswordHashingBusyException();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PasswordHashingBusyException();
		}
		try {
			return hashing.get();
		}
		finally {
			this.slots.release();
		}
	}

}
