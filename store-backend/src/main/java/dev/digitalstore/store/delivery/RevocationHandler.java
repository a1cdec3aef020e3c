package dev.digitalstore.store.delivery;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import dev.digitalstore.store.order.OrderTopics;
import dev.digitalstore.store.outbox.OutboxHandler;
import dev.digitalstore.store.outbox.OutboxMessage;

/**
 * A refunded order's download links stop working (its keys are revoked by the refund
 * itself).
 */
@Component
class RevocationHandler implements OutboxHandler {

	private static final Logger log = LoggerFactory.getLogger(RevocationHandler.class);

	private final DownloadGrants grants;

	RevocationHandler(DownloadGrants grants) {
		this.grants = grants;
	}

	@Override
	public String topic() {
		return OrderTopics.REFUNDED;
	}

	@Override
	public void handle(OutboxMessage message) {
		int revoked = this.grants.revokeForOrder(message.orderId());
		log.info("Revoked {} download grant(s) of refunded order {}", revoked, message.orderId());
	}

}
