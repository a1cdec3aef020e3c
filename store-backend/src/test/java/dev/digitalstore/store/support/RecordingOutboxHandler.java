package dev.digitalstore.store.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.digitalstore.store.outbox.OutboxHandler;
import dev.digitalstore.store.outbox.OutboxMessage;

/**
 * A handler for the test topic {@value #TOPIC}: records what it performs, and fails the
 * first N attempts of a message whose payload says {@code "failTimes": N}.
 */
public class RecordingOutboxHandler implements OutboxHandler {

	public static final String TOPIC = "test.recorded";

	private final List<String> handledKeys = new CopyOnWriteArrayList<>();

	private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

	@Override
	public String topic() {
		return TOPIC;
	}

	@Override
	public void handle(OutboxMessage message) {
		int attempt = this.attempts.computeIfAbsent(message.key(), (key) -> new AtomicInteger()).incrementAndGet();
		if (message.payload().has("failTimes") && attempt <= message.payload().get("failTimes").asInt()) {
			throw new IllegalStateException("Planned failure " + attempt);
		}
		this.handledKeys.add(message.key());
	}

	public List<String> handledKeys() {
		return this.handledKeys;
	}

	public int attempts(String key) {
		AtomicInteger count = this.attempts.get(key);
		return (count != null) ? count.get() : 0;
	}

}
