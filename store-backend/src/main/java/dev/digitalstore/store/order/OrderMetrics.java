package dev.digitalstore.store.order;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Business counters of orders. They are incremented only once the transaction that made
 * the change commits, so a rolled-back transition is not counted.
 */
@Component
class OrderMetrics {

	private final MeterRegistry registry;

	private final Counter created;

	private final Counter paid;

	OrderMetrics(MeterRegistry registry) {
		this.registry = registry;
		this.created = Counter.builder("store.orders.placed").description("Orders placed").register(registry);
		this.paid = Counter.builder("store.orders.paid")
			.description("Orders whose payment succeeded")
			.register(registry);
	}

	void created() {
		afterCommit(this.created::increment);
	}

	void paid(String currency, long amountMinor) {
		afterCommit(() -> {
			this.paid.increment();
			Counter.builder("store.revenue")
				.description("Paid order totals in minor units")
				.baseUnit("minor")
				.tag("currency", currency)
				.register(this.registry)
				.increment(amountMinor);
		});
	}

	void failed(String reason) {
		afterCommit(() -> failedCounter(this.registry, reason).increment());
	}

	static Counter failedCounter(MeterRegistry registry, String reason) {
		return Counter.builder("store.orders.failed")
			.description("Checkouts or orders that did not end in a payment")
			.tag("reason", reason)
			.register(registry);
	}

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

}
