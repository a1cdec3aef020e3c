package dev.digitalstore.store.order;

import java.time.Instant;
import java.util.List;

import dev.digitalstore.store.shared.Money;

/** One row of customer_order with its lines, as the repository reads it. */
record OrderRecord(long id, String reference, byte[] accessTokenHash, Long customerId, String email,
		String billingCountry, OrderStatus status, String currency, long totalMinor, Instant createdAt, Instant paidAt,
		List<OrderSummary.Line> lines) {

	OrderRecord withLines(List<OrderSummary.Line> orderLines) {
		return new OrderRecord(this.id, this.reference, this.accessTokenHash, this.customerId, this.email,
				this.billingCountry, this.status, this.currency, this.totalMinor, this.createdAt, this.paidAt,
				orderLines);
	}

	OrderSummary summary() {
		return new OrderSummary(this.id, this.reference, this.customerId, this.email, this.status, this.currency,
				this.totalMinor, this.createdAt, this.lines);
	}

	OrderView view() {
		List<OrderView.Line> viewLines = this.lines.stream()
			.map((line) -> new OrderView.Line(line.productId(), line.productSlug(), line.title(), line.kind(),
					money(line.unitPriceMinor()), line.quantity(),
					money(Math.multiplyExact(line.unitPriceMinor(), line.quantity()))))
			.toList();
		return new OrderView(this.reference, this.status, this.email, this.billingCountry, this.createdAt, this.paidAt,
				money(this.totalMinor), viewLines, null);
	}

	private Money money(long amountMinor) {
		return new Money(amountMinor, this.currency);
	}

}
