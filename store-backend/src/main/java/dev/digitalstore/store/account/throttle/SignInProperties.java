package dev.digitalstore.store.account.throttle;

import java.time.Duration;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on failed sign-ins. Failures are counted in fixed windows in the database, so
 * every replica enforces the same counts.
 *
 * @param window length of a counting window
 * @param maxFailuresPerAccountAndAddress failures allowed for one account from one client
 * address: slows down guessing without touching the owner elsewhere
 * @param maxFailuresPerAddress failures allowed from one client address whatever the
 * account: slows down credential stuffing across many accounts
 * @param maxFailuresPerAccount failures allowed for one account from all addresses
 * together: slows down guessing spread over many addresses. It does not apply to
 * addresses the owner signed in from before, so strangers cannot lock the owner out.
 * @param knownAddressRetention how long an address stays known after the owner's last
 * successful sign-in from it
 */
@Validated
@ConfigurationProperties("store.account.sign-in")
public record SignInProperties(@DefaultValue("15m") Duration window,
		@DefaultValue("5") @Positive int maxFailuresPerAccountAndAddress,
		@DefaultValue("30") @Positive int maxFailuresPerAddress,
		@DefaultValue("20") @Positive int maxFailuresPerAccount, @DefaultValue("90d") Duration knownAddressRetention) {

	public SignInProperties {
		requirePositive(window, "window");
		requirePositive(knownAddressRetention, "known-address-retention");
	}

	private static void requirePositive(Duration duration, String name) {
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException("store.account.sign-in." + name + " must be a positive duration");
		}
	}

}
