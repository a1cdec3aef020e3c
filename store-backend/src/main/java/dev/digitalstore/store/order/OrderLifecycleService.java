package dev.digitalstore.store.order;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.digitalstore.store.licensing.LicenceKeyApi;
import dev.digitalstore.store.outbox.Outbox;

@Service
class OrderLifecycleService implements OrderLifecycle {

	private static final int MAX_REFERENCE_ATTEMPTS = 5;

	private final OrderRepository orders;

	private final LicenceKeyApi licenceKeys;

	private final Outbox outbox;

	private final OrderMetrics metrics;

	private final OrderSecrets secrets;

	OrderLifecycleService(OrderRepository orders, LicenceKeyApi licenceKeys, Outbox outbox, OrderMetrics metrics,
			OrderSecrets secrets) {
		this.secrets = secrets;
		this.orders = orders;
		this.licenceKeys = licenceKeys;
		this.outbox = outbox;
		this.metrics = metrics;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public PlacedOrder place(NewOrder order) {
		long total = 0;
		for (NewOrder.Line line : order.lines()) {
			total = Math.addExact(total, Math.multiplyExact(line.unitPriceMinor(), line.quantity()));
		}
		String reference;
		String token;
		Optional<OrderRepository.Inserted> written;
		int attempts = 0;
		do {
			// 32^10 references: a clash is very unlikely, and costs one more insert.
			reference = OrderSecrets.newReference();
			token = this.secrets.accessToken(reference);
			try {
				written = this.orders.insert(reference, OrderSecrets.hash(token), order, total);
			}
			catch (DuplicateKeyException ex) {
				// customer_order_live_cart_idx: the cart already has an order that is not
				// cancelled.
				throw new CartAlreadyOrderedException();
			}
		}
		while (written.isEmpty() && ++attempts < MAX_REFERENCE_ATTEMPTS);
		OrderRepository.Inserted inserted = written
			.orElseThrow(() -> new IllegalStateException("No free order reference after several attempts"));
		List<Long> lineIds = this.orders.insertLines(inserted.id(), order.lines());
		List<OrderSummary.Line> lines = new ArrayList<>();
		for (int i = 0; i < lineIds.size(); i++) {
			NewOrder.Line line = order.lines().get(i);
			lines.add(new OrderSummary.Line(lineIds.get(i), line.productId(), line.slug(), line.title(), line.kind(),
					line.unitPriceMinor(), line.quantity()));
		}
		this.metrics.created();
		// What was just written, not read back: a fixed number of statements per order.
		OrderRecord placed = new OrderRecord(inserted.id(), reference, null, order.customerId(), order.email(),
				order.billingCountry(), OrderStatus.PENDING_PAYMENT, order.currency(), total, inserted.createdAt(),
				null, lines);
		return new PlacedOrder(placed.summary(), placed.view().withAccessToken(token));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OrderSummary> findByReference(String reference) {
		return this.orders.findByReference(reference).map(OrderRecord::summary);
	}

	@Override
	@Transactional
	public boolean markPaid(long orderId) {
		if (!this.orders.transition(orderId, OrderStatus.PENDING_PAYMENT, OrderStatus.PAID, "paid_at", null)) {
			return false;
		}
		this.outbox.enqueue(OrderTopics.PAID, String.valueOf(orderId), Map.of("orderId", orderId));
		OrderRecord order = this.orders.findById(orderId).orElseThrow();
		this.metrics.paid(order.currency(), order.totalMinor());
		return true;
	}

	@Override
	@Transactional
	public boolean cancel(long orderId, String reason) {
		if (!this.orders.transition(orderId, OrderStatus.PENDING_PAYMENT, OrderStatus.CANCELLED, "cancelled_at",
				reason)) {
			return false;
		}
		this.licenceKeys.releaseReserved(orderId);
		int colon = reason.indexOf(':');
		this.metrics.failed((colon > 0) ? reason.substring(0, colon) : reason);
		return true;
	}

	@Override
	public void refused(String reason) {
		this.metrics.failed(reason);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Long> awaitingPaymentSince(Instant cutoff, int limit) {
		return this.orders.awaitingPaymentSince(cutoff, limit);
	}

}
