package dev.digitalstore.store.account;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordsTest {

	@Test
	void hashesWithArgon2idAndChecksTheRightPasswordOnly() {
		Passwords passwords = new Passwords();

		String hash = passwords.hash("correct-horse-battery");

		assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
		assertThat(passwords.hash("correct-horse-battery")).as("salted").isNotEqualTo(hash);
		assertThat(passwords.matches("correct-horse-battery", hash)).isTrue();
		assertThat(passwords.matches("correct-horse-battery!", hash)).isFalse();
	}

	@Test
	void shedsHashingWhenEverySlotStaysTaken() throws Exception {
		Passwords passwords = new Passwords(1, Duration.ofMillis(50));
		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Object> occupant = CompletableFuture.supplyAsync(() -> passwords.withSlot(() -> {
			holding.countDown();
			await(release);
			return null;
		}));
		assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

		assertThatThrownBy(() -> passwords.hash("correct-horse-battery"))
			.isInstanceOf(PasswordHashingBusyException.class)
			.satisfies((ex) -> assertThat(((PasswordHashingBusyException) ex).retryAfterSeconds()).isPositive());

		release.countDown();
		occupant.get(10, TimeUnit.SECONDS);
		assertThat(passwords.hash("correct-horse-battery")).startsWith("$argon2id$");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
