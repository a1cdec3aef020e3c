package dev.digitalstore.store.outbox;

/**
 * Performs the messages of one topic. Handlers must be idempotent: a message is retried
 * (with back-off) when the handler throws, and may be performed again if the process dies
 * after the effect but before the message is marked done.
 */
public interface OutboxHandler {

	String topic();

	void handle(OutboxMessage message) throws Exception;

}
