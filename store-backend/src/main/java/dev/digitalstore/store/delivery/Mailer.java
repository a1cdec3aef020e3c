package dev.digitalstore.store.delivery;

/**
 * Sends one e-mail; throws when it could not be handed to the mail server (the outbox
 * then retries).
 */
interface Mailer {

	void send(Mail mail) throws Exception;

	/** A plain-text and HTML e-mail to one recipient. */
	record Mail(String to, String subject, String text, String html) {
	}

}
