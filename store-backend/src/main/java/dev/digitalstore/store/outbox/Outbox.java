package dev.digitalstore.store.outbox;

/**
 * Side effects (fulfilment, e-mails) written in the same transaction as the change that
 * causes them, and performed afterwards by a relay that survives crashes and never runs
 * one message twice at once.
 */
public interface Outbox {

	/**
	 * Adds a message in the caller's transaction (one must be active). A second message
	 * with the same topic and key is ignored, so a retried producer cannot enqueue twice.
	 * @return true if the message was added, false if it already existed
	 */
	boolean enqueue(String topic, String key, Object payload);

}
