package dev.digitalstore.store.account.throttle;

import java.time.Duration;
import java.time.Instant;

/**
 * Decides from the counters whether an attempt is over a limit. Pure logic: the counting
 * itself happens atomically in the database ({@link SignInThrottle}).
 */
final class ThrottlePolicy {

	private final SignInProperties limits;

	ThrottlePolicy(SignInProperties limits) {
		this.limits = limits;
	}

	/**
	 * @param counts the counters, this attempt included
	 * @param knownAddress whether the account's owner signed in from this address before;
	 * the account-wide limit then does not apply, so that strangers hammering the account
	 * cannot lock its owner out
	 * @param now the time the counters were read
	 */
	ThrottleDecision decide(AttemptCounts counts, boolean knownAddress, Instant now) {
		Duration wait = Duration.ZERO;
		wait = longest(wait,
				waitIfOver(counts.accountAndAddress(), this.limits.maxFailuresPerAccountAndAddress(), now));
		wait = longest(wait, waitIfOver(counts.address(), this.limits.maxFailuresPerAddress(), now));
		if (!knownAddress) {
			wait = longest(wait, waitIfOver(counts.account(), this.limits.maxFailuresPerAccount(), now));
		}
		return wait.isZero() ? ThrottleDecision.ALLOWED : ThrottleDecision.blockedFor(wait);
	}

	private Duration waitIfOver(BucketCount count, int maxFailures, Instant now) {
		if (count.failures() <= maxFailures) {
			return Duration.ZERO;
		}
		Duration left = Duration.between(now, count.windowStart().plus(this.limits.window()));
		// The window may end between counting and deciding; the caller still has to come
		// back.
		return left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left;
	}

	private static Duration longest(Duration a, Duration b) {
		return (a.compareTo(b) >= 0) ? a : b;
	}

}
