package dev.digitalstore.store.account;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.digitalstore.store.ApiClient;
import dev.digitalstore.store.StoreIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Response time must not tell which e-mail addresses have an account: an unknown address
 * costs a password hash too. Compares the fastest of interleaved runs: on a shared
 * machine noise only ever adds time, so the minimum is the work a sign-in must do, where
 * a median of a few runs can land on a slow moment for one side only. Without the dummy
 * hash the ratio is about 1 to 10, well under the bound.
 */
@StoreIntegrationTest
class SignInTimingIT {

	@LocalServerPort
	int port;

	@Autowired
	SignIn signIn;

	@BeforeEach
	void useServer() {
		RestAssured.port = this.port;
	}

	@Test
	void anUnknownEmailTakesAboutAsLongAsAWrongPassword() {
		String email = ApiClient.uniqueEmail("timing");
		ApiClient.registerAndSignIn(email);
		List<Long> wrongPassword = new ArrayList<>();
		List<Long> unknownEmail = new ArrayList<>();
		for (int i = 0; i < 9; i++) {
			wrongPassword.add(failedSignInNanos(email));
			unknownEmail.add(failedSignInNanos(ApiClient.uniqueEmail("nobody")));
		}

		assertThat(fastest(unknownEmail))
			.as("fastest unknown e-mail vs fastest wrong password, ns: %s vs %s", unknownEmail, wrongPassword)
			.isGreaterThan(fastest(wrongPassword) / 2);
	}

	private long failedSignInNanos(String email) {
		String address = "10.0." + ThreadLocalRandom.current().nextInt(256) + "."
				+ ThreadLocalRandom.current().nextInt(1, 255);
		long start = System.nanoTime();
		assertThatThrownBy(() -> this.signIn.signIn(email, "wrong-password-123", address))
			.isInstanceOf(InvalidCredentialsException.class);
		return System.nanoTime() - start;
	}

	private static long fastest(List<Long> values) {
		return values.stream().mapToLong(Long::longValue).min().orElseThrow();
	}

}
