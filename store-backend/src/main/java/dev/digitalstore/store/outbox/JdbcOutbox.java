package dev.digitalstore.store.outbox;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

import dev.digitalstore.store.shared.AfterCommit;

@Component
class JdbcOutbox implements Outbox {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	// Lazy: handlers (hence the relay) may themselves enqueue, which would make a cycle
	// at start-up.
	private final ObjectProvider<OutboxRelay> relay;

	JdbcOutbox(JdbcClient jdbc, JsonMapper json, ObjectProvider<OutboxRelay> relay) {
		this.jdbc = jdbc;
		this.json = json;
		this.relay = relay;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean enqueue(String topic, String key, Object payload) {
		int inserted = this.jdbc.sql("""
				insert into outbox_message (topic, message_key, payload) values (:topic, :key, cast(:payload as jsonb))
				on conflict (topic, message_key) do nothing""")
			.param("topic", topic)
			.param("key", key)
			.param("payload", this.json.writeValueAsString(payload))
			.update();
		if (inserted == 1) {
			// Deliver right after commit instead of at the next poll.
			AfterCommit.run(() -> this.relay.getObject().wakeUp());
		}
		return inserted == 1;
	}

}
