package dev.digitalstore.store.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import dev.digitalstore.store.licensing.LicenceKeyApi;
import dev.digitalstore.store.order.OrderApi;
import dev.digitalstore.store.order.OrderStatus;
import dev.digitalstore.store.order.OrderSummary;
import dev.digitalstore.store.order.OrderTopics;
import dev.digitalstore.store.outbox.Outbox;
import dev.digitalstore.store.outbox.OutboxHandler;
import dev.digitalstore.store.outbox.OutboxMessage;
import dev.digitalstore.store.shared.AfterCommit;

/**
 * Delivers a paid order, exactly once: keys assigned, one download grant per downloadable
 * line, the order FULFILLED and its confirmation e-mail enqueued, all in the outbox
 * relay's transaction. A repeated {@code order.paid} finds the order no longer PAID and
 * does nothing.
 */
@Component
class FulfilmentHandler implements OutboxHandler {

	static final String CONFIRMATION_MAIL = "delivery.confirmation-mail";

	private static final Logger log = LoggerFactory.getLogger(FulfilmentHandler.class);

	private final OrderApi orders;

	private final LicenceKeyApi licenceKeys;

	private final DownloadGrants grants;

	private final DownloadTokens tokens;

	private final Outbox outbox;

	private final DeliveryProperties properties;

	private final Counter fulfilled;

	private final Clock clock;

	FulfilmentHandler(OrderApi orders, LicenceKeyApi licenceKeys, DownloadGrants grants, DownloadTokens tokens,
			Outbox outbox, DeliveryProperties properties, MeterRegistry meters) {
		this.orders = orders;
		this.licenceKeys = licenceKeys;
		this.grants = grants;
		this.tokens = tokens;
		this.outbox = outbox;
		this.properties = properties;
		this.fulfilled = Counter.builder("store.orders.fulfilled")
			.description("Orders delivered (keys assigned, download links issued)")
			.register(meters);
		this.clock = Clock.systemUTC();
	}

	@Override
	public String topic() {
		return OrderTopics.PAID;
	}

	@Override
	public void handle(OutboxMessage message) {
		OrderSummary order = this.orders.find(message.orderId())
			.orElseThrow(() -> new IllegalStateException("Paid order " + message.orderId() + " does not exist"));
		if (order.status() != OrderStatus.PAID) {
			log.info("Order {} is {}, nothing to fulfil", order.reference(), order.status());
			return;
		}
		this.licenceKeys.assignReserved(order.id());
		Instant expiresAt = this.clock.instant().plus(this.properties.downloadTtl());
		order.lines()
			.stream()
			.filter((line) -> line.kind().hasDownload())
			.forEach((line) -> this.grants.create(order.id(), line.id(), line.productId(), this.tokens.issue(),
					expiresAt, this.properties.maxDownloads() * line.quantity()));
		if (!this.orders.markFulfilled(order.id())) {
			throw new IllegalStateException("Order " + order.reference() + " changed while being fulfilled");
		}
		this.outbox.enqueue(CONFIRMATION_MAIL, Long.toString(order.id()), Map.of("orderId", order.id()));
		// Counted once the delivery commits, as the other order counters are.
		AfterCommit.run(this.fulfilled::increment);
	}

}
