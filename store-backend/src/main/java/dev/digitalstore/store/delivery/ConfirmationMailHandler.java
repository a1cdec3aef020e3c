package dev.digitalstore.store.delivery;

import org.springframework.stereotype.Component;

import dev.digitalstore.store.order.OrderApi;
import dev.digitalstore.store.order.OrderSummary;
import dev.digitalstore.store.outbox.OutboxHandler;
import dev.digitalstore.store.outbox.OutboxMessage;
import dev.digitalstore.store.shared.StoreProperties;

/**
 * Sends the confirmation of a fulfilled order. SMTP is outside any transaction, so a
 * crash between sending and committing can send one e-mail twice; the outbox keeps that
 * window to one message, never loses one, and never lets two replicas send the same one
 * at once.
 */
@Component
class ConfirmationMailHandler implements OutboxHandler {

	private final OrderApi orders;

	private final DeliveryQueries queries;

	private final Mailer mailer;

	private final StoreProperties store;

	ConfirmationMailHandler(OrderApi orders, DeliveryQueries queries, Mailer mailer, StoreProperties store) {
		this.orders = orders;
		this.queries = queries;
		this.mailer = mailer;
		this.store = store;
	}

	@Override
	public String topic() {
		return FulfilmentHandler.CONFIRMATION_MAIL;
	}

	@Override
	public void handle(OutboxMessage message) throws Exception {
		OrderSummary order = this.orders.find(message.orderId())
			.orElseThrow(() -> new IllegalStateException("Order " + message.orderId() + " does not exist"));
		this.mailer.send(ConfirmationMail.of(order, this.queries.forOrder(order), this.orders.accessToken(order.id()),
				this.store.publicBaseUrl()));
	}

}
