package dev.digitalstore.store.outbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Performs due outbox messages. Each message is claimed with
 * {@code FOR UPDATE SKIP LOCKED} and handled in the claiming transaction, so replicas
 * never work on the same message at once, a handler's database writes commit together
 * with "done", and a crash just leaves the message for the next poll. A failing message
 * is retried with exponential back-off and parked after {@code maxAttempts}.
 */
@Component
class OutboxRelay {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final TransactionTemplate transaction;

	private final OutboxProperties properties;

	private final Map<String, OutboxHandler> handlers;

	private final AtomicBoolean draining = new AtomicBoolean();

	private final Executor wakeUps = new SimpleAsyncTaskExecutor("outbox-wakeup-");

	OutboxRelay(JdbcClient jdbc, JsonMapper json, TransactionTemplate transaction, OutboxProperties properties,
			List<OutboxHandler> handlers) {
		this.jdbc = jdbc;
		this.json = json;
		this.transaction = transaction;
		this.properties = properties;
		this.handlers = handlers.stream().collect(Collectors.toMap(OutboxHandler::topic, Function.identity()));
	}

	@Scheduled(fixedDelayString = "${store.outbox.poll-interval:500ms}", initialDelayString = "1s")
	void poll() {
		drain();
	}

	/**
	 * Called after a commit that enqueued something: drain now, unless a drain is already
	 * running.
	 */
	void wakeUp() {
		this.wakeUps.execute(this::drain);
	}

	/**
	 * Handles due messages until none is left (bounded per call), returning how many were
	 * handled.
	 */
	int drain() {
		if (!this.draining.compareAndSet(false, true)) {
			return 0;
		}
		try {
			int handled = 0;
			for (int i = 0; i < this.properties.batchSize(); i++) {
				Optional<Boolean> outcome = processNext();
				if (outcome.isEmpty()) {
					break;
				}
				handled += outcome.get() ? 1 : 0;
			}
			return handled;
		}
		catch (RuntimeException ex) {
			log.warn("Outbox relay could not run: {}", ex.getMessage());
			return 0;
		}
		finally {
			this.draining.set(false);
		}
	}

	/**
	 * Empty when nothing was due; otherwise whether the message was handled (false: it
	 * failed).
	 */
	private Optional<Boolean> processNext() {
		Failure[] failure = new Failure[1];
		Optional<Boolean> outcome = this.transaction.execute((status) -> {
			Optional<OutboxMessage> next = claimNext();
			if (next.isEmpty()) {
				return Optional.<Boolean>empty();
			}
			OutboxMessage message = next.get();
			try {
				handler(message).handle(message);
				this.jdbc
					.sql("update outbox_message set processed_at = now(), attempts = attempts + 1, last_error = null"
							+ " where id = :id")
					.param("id", message.id())
					.update();
				return Optional.of(true);
			}
			catch (Exception ex) {
				status.setRollbackOnly();
				failure[0] = new Failure(message, ex);
				return Optional.of(false);
			}
		});
		if (failure[0] != null) {
			recordFailure(failure[0]);
		}
		return outcome;
	}

	private Optional<OutboxMessage> claimNext() {
		return this.jdbc.sql("""
				select id, topic, message_key, payload::text as payload, attempts from outbox_message
				where processed_at is null and available_at <= now() and attempts < :maxAttempts
				order by available_at, id limit 1 for update skip locked""")
			.param("maxAttempts", this.properties.maxAttempts())
			.query((rs, row) -> new OutboxMessage(rs.getLong("id"), rs.getString("topic"), rs.getString("message_key"),
					this.json.readTree(rs.getString("payload")), rs.getInt("attempts")))
			.optional();
	}

	private OutboxHandler handler(OutboxMessage message) {
		OutboxHandler handler = this.handlers.get(message.topic());
		if (handler == null) {
			throw new IllegalStateException("No handler for outbox topic " + message.topic());
		}
		return handler;
	}

	private void recordFailure(Failure failure) {
		int attempts = failure.message().attempts() + 1;
		Instant retryAt = Instant.now().plus(this.properties.backoffAfter(attempts));
		log.warn("Outbox message {} ({}) failed, attempt {}: {}", failure.message().id(), failure.message().topic(),
				attempts, failure.error().toString());
		this.transaction.executeWithoutResult((status) -> this.jdbc.sql("""
				update outbox_message set attempts = :attempts, last_error = :error, available_at = :retryAt
				where id = :id""")
			.param("attempts", attempts)
			.param("error", truncate(failure.error().toString()))
			.param("retryAt", java.sql.Timestamp.from(retryAt))
			.param("id", failure.message().id())
			.update());
	}

	private static String truncate(String text) {
		return (text.length() > 2000) ? text.substring(0, 2000) : text;
	}

	private record Failure(OutboxMessage message, Exception error) {
	}

}
