package dev.digitalstore.store.order;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

import dev.digitalstore.store.shared.AfterCommit;

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
		AfterCommit.run(this.created::increment);
	}

	void paid(String currency, long amountMinor) {
		AfterCommit.run(() -> {
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
		AfterCommit.run(() -> Counter.builder("store.orders.failed")
			.description("Checkouts or orders that did not end in a payment")
			.tag("reason", reason)
			.register(this.registry)
			.increment());
	}

}
