package dev.digitalstore.store.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.core.instrument.MeterRegistry;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import dev.digitalstore.store.ApiClient;
import dev.digitalstore.store.StoreIntegrationTest;
import dev.digitalstore.store.account.throttle.SignInProperties;
import dev.digitalstore.store.account.throttle.SignInThrottle;
import dev.digitalstore.store.account.throttle.ThrottleDecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/**
 * Sign-in throttling. Over HTTP every test comes from 127.0.0.1, so the address logic is
 * driven through {@link SignIn} and {@link SignInThrottle}, which take the address as a
 * parameter.
 */
@StoreIntegrationTest
class SignInThrottlingIT {

	private static final String WRONG = "wrong-password-123";

	@LocalServerPort
	int port;

	@Autowired
	SignIn signIn;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	AccountHousekeeping housekeeping;

	@Autowired
	MeterRegistry meters;

	@BeforeEach
	void useServer() {
		RestAssured.port = this.port;
	}

	@Test
	void anAddressIsRefusedWithRetryAfterOnceItFailedFiveTimesForAnAccount() {
		String email = ApiClient.uniqueEmail("http-throttle");
		ApiClient.registerAndSignIn(email);
		// The successful sign-in above made 127.0.0.1 a known address; the account-wide
		// limit
		// does not apply to it, the per-address one does.
		for (int i = 0; i < 5; i++) {
			token(email, WRONG).then().statusCode(401);
		}

		Response refused = token(email, WRONG);
		refused.then()
			.statusCode(429)
			.contentType("application/problem+json")
			.body("type", equalTo("https://digital-store.dev/problems/too-many-attempts"));
		long retryAfter = Long.parseLong(refused.header("Retry-After"));
		assertThat(retryAfter).isBetween(1L, 900L);
		assertThat(refused.jsonPath().getLong("retryAfterSeconds")).isEqualTo(retryAfter);
		// Refused before the password is looked at: the right one does not get through
		// either.
		token(email, ApiClient.PASSWORD).then().statusCode(429);
	}

	@Test
	void theOwnerSignsInFromAKnownAddressWhileAttackersAreThrottled() {
		String email = ApiClient.uniqueEmail("owner");
		ApiClient.registerAndSignIn(email);
		String home = randomAddress();
		this.signIn.signIn(email, ApiClient.PASSWORD, home);
		double throttledBefore = signIns("throttled");

		List<String> attackers = List.of(randomAddress(), randomAddress(), randomAddress(), randomAddress());
		for (String attacker : attackers) {
			for (int i = 0; i < 5; i++) {
				assertThatThrownBy(() -> this.signIn.signIn(email, WRONG, attacker))
					.isInstanceOf(InvalidCredentialsException.class);
			}
		}

		assertThatThrownBy(() -> this.signIn.signIn(email, WRONG, attackers.get(0))).isInstanceOfSatisfying(
				TooManyAttemptsException.class, (ex) -> assertThat(ex.retryAfterSeconds()).isBetween(1L, 900L));
		// 20 failures for the account: a new address is refused even with the right
		// password,
		assertThatThrownBy(() -> this.signIn.signIn(email, ApiClient.PASSWORD, randomAddress()))
			.isInstanceOf(TooManyAttemptsException.class);
		// but the owner, from where they signed in before, is not locked out.
		assertThat(this.signIn.signIn(email, ApiClient.PASSWORD, home).accessToken()).isNotBlank();
		assertThat(signIns("throttled")).isEqualTo(throttledBefore + 2);
	}

	@Test
	void refusedAttemptsFromOneAddressDoNotLockTheAccountForOthers() {
		String email = ApiClient.uniqueEmail("hammered");
		ApiClient.registerAndSignIn(email);
		String attacker = randomAddress();
		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(() -> this.signIn.signIn(email, WRONG, attacker))
				.isInstanceOf(InvalidCredentialsException.class);
		}
		for (int i = 0; i < 25; i++) {
			assertThatThrownBy(() -> this.signIn.signIn(email, WRONG, attacker))
				.isInstanceOf(TooManyAttemptsException.class);
		}

		// Only the 5 checked attempts count toward the account-wide limit of 20.
		assertThat(this.signIn.signIn(email, ApiClient.PASSWORD, randomAddress()).accessToken()).isNotBlank();
	}

	@Test
	void aSuccessfulSignInClearsTheFailuresOfItsAddress() {
		String email = ApiClient.uniqueEmail("typo");
		ApiClient.registerAndSignIn(email);
		String address = randomAddress();
		for (int i = 0; i < 4; i++) {
			assertThatThrownBy(() -> this.signIn.signIn(email, WRONG, address))
				.isInstanceOf(InvalidCredentialsException.class);
		}
		this.signIn.signIn(email, ApiClient.PASSWORD, address);

		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(() -> this.signIn.signIn(email, WRONG, address))
				.isInstanceOf(InvalidCredentialsException.class);
		}
		assertThatThrownBy(() -> this.signIn.signIn(email, WRONG, address))
			.isInstanceOf(TooManyAttemptsException.class);
	}

	@Test
	void anAddressFailingForManyAccountsIsRefusedForAllOfThem() {
		SignInThrottle throttle = throttle(
				new SignInProperties(Duration.ofMinutes(15), 100, 3, 100, Duration.ofDays(1)));
		String stuffer = randomAddress();
		for (int i = 0; i < 3; i++) {
			assertThat(throttle.tryAcquire(ApiClient.uniqueEmail("victim"), stuffer).allowed()).isTrue();
		}

		ThrottleDecision refused = throttle.tryAcquire(ApiClient.uniqueEmail("victim"), stuffer);

		assertThat(refused.allowed()).isFalse();
		assertThat(refused.retryAfterSeconds()).isBetween(1L, 900L);
		assertThat(throttle.tryAcquire(ApiClient.uniqueEmail("victim"), randomAddress()).allowed()).isTrue();
	}

	@Test
	void anAttemptWhosePasswordCouldNotBeCheckedDoesNotCount() {
		SignInThrottle throttle = throttle(new SignInProperties(Duration.ofMinutes(15), 2, 2, 2, Duration.ofDays(1)));
		String email = ApiClient.uniqueEmail("shed");
		String address = randomAddress();
		for (int i = 0; i < 5; i++) {
			assertThat(throttle.tryAcquire(email, address).allowed()).isTrue();
			throttle.abandoned(email, address);
		}

		assertThat(throttle.tryAcquire(email, address).allowed()).isTrue();
		assertThat(throttle.tryAcquire(email, address).allowed()).isTrue();
		assertThat(throttle.tryAcquire(email, address).allowed()).isFalse();
	}

	@Test
	void concurrentAttemptsCannotSlipPastALimit() throws Exception {
		SignInThrottle throttle = throttle(
				new SignInProperties(Duration.ofMinutes(15), 5, 100, 100, Duration.ofDays(1)));
		String email = ApiClient.uniqueEmail("burst");
		String address = randomAddress();
		int attempts = 20;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Boolean>> decisions = new ArrayList<>();
			for (int i = 0; i < attempts; i++) {
				decisions.add(pool.submit(() -> {
					start.await();
					return throttle.tryAcquire(email, address).allowed();
				}));
			}
			start.countDown();
			int allowed = 0;
			for (Future<Boolean> decision : decisions) {
				allowed += decision.get() ? 1 : 0;
			}
			assertThat(allowed).isEqualTo(5);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void housekeepingDeletesOnlyWhatHasExpired() {
		String old = "test-old-" + randomAddress();
		String current = "test-current-" + randomAddress();
		insertCounter(old, "now() - interval '16 minutes'");
		insertCounter(current, "now() - interval '1 minute'");
		insertRevocation(old, "now() - interval '1 hour'");
		insertRevocation(current, "now() + interval '1 hour'");

		this.housekeeping.purge();

		assertThat(count("sign_in_throttle", "bucket", old)).isZero();
		assertThat(count("sign_in_throttle", "bucket", current)).isOne();
		assertThat(count("revoked_token", "jti", old)).isZero();
		assertThat(count("revoked_token", "jti", current)).isOne();
	}

	private SignInThrottle throttle(SignInProperties limits) {
		return new SignInThrottle(this.jdbc, this.transactionManager, limits);
	}

	private double signIns(String outcome) {
		return this.meters.get("store.account.sign-ins").tag("outcome", outcome).counter().count();
	}

	private void insertCounter(String bucket, String windowStart) {
		this.jdbc
			.sql("insert into sign_in_throttle (bucket, window_start, failures) values (:bucket, " + windowStart
					+ ", 3)")
			.param("bucket", bucket)
			.update();
	}

	private void insertRevocation(String jti, String expiresAt) {
		this.jdbc.sql("insert into revoked_token (jti, expires_at) values (:jti, " + expiresAt + ")")
			.param("jti", jti)
			.update();
	}

	private long count(String table, String key, String value) {
		return this.jdbc.sql("select count(*) from " + table + " where " + key + " = :value")
			.param("value", value)
			.query(Long.class)
			.single();
	}

	private static Response token(String email, String password) {
		return RestAssured.given()
			.contentType(ContentType.JSON)
			.body(Map.of("email", email, "password", password))
			.post("/api/auth/token");
	}

	/** A client address no other test uses (a 10.0.0.0/8 one, as behind a proxy). */
	private static String randomAddress() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
	}

}
