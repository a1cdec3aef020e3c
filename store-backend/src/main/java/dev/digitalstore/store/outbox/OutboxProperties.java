package dev.digitalstore.store.outbox;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the relay works.
 *
 * @param pollInterval how often each replica looks for due messages (commits also wake it
 * at once)
 * @param batchSize messages taken per poll, each in its own transaction
 * @param maxAttempts after this many failures a message is parked for an operator (see
 * the runbook)
 * @param initialBackoff the wait after the first failure, doubled after each further one
 * @param maxBackoff the longest wait between attempts
 */
@ConfigurationProperties("store.outbox")
record OutboxProperties(@DefaultValue("500ms") Duration pollInterval, @DefaultValue("20") int batchSize,
		@DefaultValue("10") int maxAttempts, @DefaultValue("2s") Duration initialBackoff,
		@DefaultValue("10m") Duration maxBackoff) {

	Duration backoffAfter(int attempts) {
		long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
		Duration wait = this.initialBackoff.multipliedBy(factor);
		return (wait.compareTo(this.maxBackoff) > 0) ? this.maxBackoff : wait;
	}

}
