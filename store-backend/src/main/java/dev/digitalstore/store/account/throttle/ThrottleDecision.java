package dev.digitalstore.store.account.throttle;

import java.time.Duration;

/**
 * Whether a sign-in attempt may go ahead, and if not, how long the caller should wait.
 *
 * @param allowed whether the password may be checked
 * @param retryAfter how long until the blocking window ends; zero when allowed
 */
public record ThrottleDecision(boolean allowed, Duration retryAfter) {

	static final ThrottleDecision ALLOWED = new ThrottleDecision(true, Duration.ZERO);

	static ThrottleDecision blockedFor(Duration retryAfter) {
		return new ThrottleDecision(false, retryAfter);
	}

	/** Whole seconds for a {@code Retry-After} header: rounded up, at least one. */
	public long retryAfterSeconds() {
		long seconds = this.retryAfter.toSeconds() + ((this.retryAfter.toNanosPart() > 0) ? 1 : 0);
		return Math.max(1, seconds);
	}

}
