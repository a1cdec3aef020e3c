package dev.digitalstore.store.outbox;

import tools.jackson.databind.JsonNode;

/** One side effect to perform, as stored by {@link Outbox#enqueue}. */
public record OutboxMessage(long id, String topic, String key, JsonNode payload, int attempts) {

	/** Convenience for the common {@code {"orderId": n}} payload. */
	public long orderId() {
		return this.payload.get("orderId").asLong();
	}

}
