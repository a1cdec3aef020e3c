package dev.digitalstore.store.account;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * Sign-in and registration counters ({@code store_account_sign_ins_total{outcome}},
 * {@code store_account_registrations_total}): a jump in failures or throttled attempts is
 * what an attack on accounts looks like.
 */
@Component
class AccountMetrics {

	private final Counter signInSuccesses;

	private final Counter signInFailures;

	private final Counter signInsThrottled;

	private final Counter registrations;

	AccountMetrics(MeterRegistry registry) {
		this.signInSuccesses = signIns(registry, "success");
		this.signInFailures = signIns(registry, "failure");
		this.signInsThrottled = signIns(registry, "throttled");
		this.registrations = Counter.builder("store.account.registrations")
			.description("New customer accounts")
			.register(registry);
	}

	void signedIn() {
		this.signInSuccesses.increment();
	}

	void signInFailed() {
		this.signInFailures.increment();
	}

	void signInThrottled() {
		this.signInsThrottled.increment();
	}

	void registered() {
		this.registrations.increment();
	}

	private static Counter signIns(MeterRegistry registry, String outcome) {
		return Counter.builder("store.account.sign-ins")
			.description("Sign-in attempts by outcome")
			.tag("outcome", outcome)
			.register(registry);
	}

}
