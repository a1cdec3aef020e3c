package dev.digitalstore.store.account.throttle;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThrottlePolicyTest {

	private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

	// 5 per account and address, 30 per address, 20 per account, 15-minute windows.
	private final ThrottlePolicy policy = new ThrottlePolicy(
			new SignInProperties(Duration.ofMinutes(15), 5, 30, 20, Duration.ofDays(90)));

	@Test
	void allowsAttemptsUpToEachLimit() {
		AttemptCounts atLimits = new AttemptCounts(count(5, 1), count(30, 1), count(20, 1));

		assertThat(this.policy.decide(atLimits, false, NOW).allowed()).isTrue();
	}

	@Test
	void refusesTheAttemptAfterTheFifthFromOneAddressUntilItsWindowEnds() {
		AttemptCounts counts = new AttemptCounts(count(6, 10), count(6, 10), count(6, 10));

		ThrottleDecision decision = this.policy.decide(counts, false, NOW);

		assertThat(decision.allowed()).isFalse();
		assertThat(decision.retryAfter()).isEqualTo(Duration.ofMinutes(5));
		assertThat(decision.retryAfterSeconds()).isEqualTo(300);
	}

	@Test
	void refusesAnAddressThatFailedForManyAccounts() {
		AttemptCounts counts = new AttemptCounts(count(1, 1), count(31, 14), count(1, 1));

		ThrottleDecision decision = this.policy.decide(counts, true, NOW);

		assertThat(decision.allowed()).isFalse();
		assertThat(decision.retryAfter()).isEqualTo(Duration.ofMinutes(1));
	}

	@Test
	void refusesUnknownAddressesOnceTheAccountFailedTooOftenOverall() {
		AttemptCounts counts = new AttemptCounts(count(1, 0), count(1, 0), count(21, 3));

		ThrottleDecision decision = this.policy.decide(counts, false, NOW);

		assertThat(decision.allowed()).isFalse();
		assertThat(decision.retryAfter()).isEqualTo(Duration.ofMinutes(12));
	}

	@Test
	void letsTheOwnerInFromAnAddressTheySignedInFromBeforeDespiteTheAccountWideLimit() {
		AttemptCounts counts = new AttemptCounts(count(1, 0), count(1, 0), count(500, 3));

		assertThat(this.policy.decide(counts, true, NOW).allowed()).isTrue();
	}

	@Test
	void aKnownAddressStillHasItsOwnLimit() {
		AttemptCounts counts = new AttemptCounts(count(6, 2), count(6, 2), count(6, 2));

		assertThat(this.policy.decide(counts, true, NOW).allowed()).isFalse();
	}

	@Test
	void waitsForTheLongestOfSeveralExceededLimits() {
		AttemptCounts counts = new AttemptCounts(count(6, 14), count(31, 2), count(21, 8));

		ThrottleDecision decision = this.policy.decide(counts, false, NOW);

		assertThat(decision.retryAfter()).isEqualTo(Duration.ofMinutes(13));
	}

	@Test
	void asksForAtLeastOneSecondWhenTheWindowEndsAsItIsChecked() {
		AttemptCounts counts = new AttemptCounts(count(6, 15), count(1, 0), count(1, 0));

		ThrottleDecision decision = this.policy.decide(counts, false, NOW);

		assertThat(decision.allowed()).isFalse();
		assertThat(decision.retryAfterSeconds()).isEqualTo(1);
	}

	@Test
	void roundsRetryAfterUpToWholeSeconds() {
		assertThat(ThrottleDecision.blockedFor(Duration.ofMillis(90_001)).retryAfterSeconds()).isEqualTo(91);
		assertThat(ThrottleDecision.blockedFor(Duration.ofSeconds(90)).retryAfterSeconds()).isEqualTo(90);
	}

	/** A counter whose window began {@code minutesAgo} minutes before now. */
	private static BucketCount count(int failures, int minutesAgo) {
		return new BucketCount(NOW.minus(Duration.ofMinutes(minutesAgo)), failures);
	}

}
