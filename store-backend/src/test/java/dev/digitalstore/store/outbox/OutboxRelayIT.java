package dev.digitalstore.store.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import dev.digitalstore.store.StoreIntegrationTest;
import dev.digitalstore.store.support.RecordingOutboxHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@StoreIntegrationTest
class OutboxRelayIT {

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxRelay relay;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	RecordingOutboxHandler handler;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCommittedMessageIsPerformedOnceAndADuplicateKeyIsIgnored() {
		String key = UUID.randomUUID().toString();
		boolean first = this.transaction
			.execute((s) -> this.outbox.enqueue(RecordingOutboxHandler.TOPIC, key, Map.of()));
		boolean second = this.transaction
			.execute((s) -> this.outbox.enqueue(RecordingOutboxHandler.TOPIC, key, Map.of()));
		assertThat(first).isTrue();
		assertThat(second).isFalse();
		await().atMost(Duration.ofSeconds(10)).until(() -> processed(key));
		assertThat(this.handler.handledKeys()).containsOnlyOnce(key);
	}

	@Test
	void aRolledBackTransactionLeavesNoMessage() {
		String key = UUID.randomUUID().toString();
		this.transaction.executeWithoutResult((status) -> {
			this.outbox.enqueue(RecordingOutboxHandler.TOPIC, key, Map.of());
			status.setRollbackOnly();
		});
		assertThat(this.jdbc.sql("select count(*) from outbox_message where message_key = ?")
			.param(key)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void enqueueingOutsideATransactionIsRefused() {
		assertThatThrownBy(() -> this.outbox.enqueue(RecordingOutboxHandler.TOPIC, "x", Map.of()))
			.isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
	}

	@Test
	void aFailingMessageIsRetriedWithBackoffUntilItSucceeds() {
		String key = UUID.randomUUID().toString();
		this.transaction.executeWithoutResult(
				(s) -> this.outbox.enqueue(RecordingOutboxHandler.TOPIC, key, Map.of("failTimes", 2)));
		await().atMost(Duration.ofSeconds(15)).until(() -> processed(key));
		assertThat(this.handler.attempts(key)).isEqualTo(3);
		assertThat(this.handler.handledKeys()).containsOnlyOnce(key);
		assertThat(this.jdbc.sql("select attempts from outbox_message where message_key = ?")
			.param(key)
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void concurrentRelaysNeverPerformAMessageTwice() throws Exception {
		List<String> keys = IntStream.range(0, 40).mapToObj((i) -> UUID.randomUUID().toString()).toList();
		this.transaction.executeWithoutResult(
				(s) -> keys.forEach((key) -> this.outbox.enqueue(RecordingOutboxHandler.TOPIC, key, Map.of())));
		// Four independent relays stand in for four replicas polling at the same moment.
		List<OutboxRelay> replicas = IntStream.range(0, 4).mapToObj((i) -> replica()).toList();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(replicas.size());
		try {
			List<Callable<Integer>> drains = replicas.stream().<Callable<Integer>>map((replica) -> () -> {
				start.await();
				int total = 0;
				for (int i = 0; i < 5; i++) {
					total += replica.drain();
				}
				return total;
			}).toList();
			var futures = drains.stream().map(pool::submit).toList();
			start.countDown();
			for (var future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		await().atMost(Duration.ofSeconds(10)).until(() -> keys.stream().allMatch(this::processed));
		keys.forEach((key) -> assertThat(this.handler.handledKeys()).containsOnlyOnce(key));
	}

	private OutboxRelay replica() {
		return new OutboxRelay(this.jdbc, tools.jackson.databind.json.JsonMapper.builder().build(), this.transaction,
				new OutboxProperties(Duration.ofSeconds(1), 20, 10, Duration.ofMillis(100), Duration.ofSeconds(1)),
				List.of(this.handler));
	}

	private boolean processed(String key) {
		return this.jdbc.sql("select processed_at is not null from outbox_message where message_key = ?")
			.param(key)
			.query(Boolean.class)
			.single();
	}

}
