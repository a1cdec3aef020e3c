package dev.digitalstore.store.outbox;

import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Outbox health for alerting: how many messages wait, how old the oldest is (the lag
 * buyers feel), and how many were parked after too many failures. Refreshed on a schedule
 * so a scrape never waits on the database.
 */
@Component
class OutboxMetrics {

	private final JdbcClient jdbc;

	private final OutboxProperties properties;

	private final AtomicLong pending = new AtomicLong();

	private final AtomicLong lagSeconds = new AtomicLong();

	private final AtomicLong parked = new AtomicLong();

	OutboxMetrics(JdbcClient jdbc, OutboxProperties properties, MeterRegistry registry) {
		this.jdbc = jdbc;
		this.properties = properties;
		Gauge.builder("store.outbox.pending", this.pending, AtomicLong::get)
			.description("Outbox messages not yet performed")
			.register(registry);
		Gauge.builder("store.outbox.lag", this.lagSeconds, AtomicLong::get)
			.description("Age of the oldest pending outbox message")
			.baseUnit("seconds")
			.register(registry);
		Gauge.builder("store.outbox.parked", this.parked, AtomicLong::get)
			.description("Outbox messages given up after too many failures")
			.register(registry);
	}

	@Scheduled(fixedDelayString = "${store.outbox.metrics-interval:15s}", initialDelayString = "2s")
	void refresh() {
		OutboxStats stats = stats();
		this.pending.set(stats.pending());
		this.lagSeconds.set(stats.oldestPendingSeconds());
		this.parked.set(stats.parked());
	}

	OutboxStats stats() {
		return this.jdbc.sql("""
				select count(*) filter (where attempts < :max) as pending,
				       count(*) filter (where attempts >= :max) as parked,
				       coalesce(extract(epoch from now() - min(created_at) filter (where attempts < :max)), 0) as lag
				from outbox_message where processed_at is null""")
			.param("max", this.properties.maxAttempts())
			.query((rs, row) -> new OutboxStats(rs.getLong("pending"), (long) rs.getDouble("lag"),
					rs.getLong("parked")))
			.single();
	}

}
