package dev.digitalstore.shop.admin;

import java.time.LocalDate;
import java.util.List;

import dev.digitalstore.shop.backend.Money;

/** The admin dashboard's figures from {@code GET /api/admin/stats}. */
public record SalesStats(List<Day> days, List<TopProduct> topProducts, Outbox outbox, Payments payments) {

	public SalesStats {
		days = (days != null) ? List.copyOf(days) : List.of();
		topProducts = (topProducts != null) ? List.copyOf(topProducts) : List.of();
	}

	/** Orders and revenue of one day. */
	public record Day(LocalDate date, long orders, Money revenue) {
	}

	/** A best seller of the period. */
	public record TopProduct(long productId, String title, long quantity, Money revenue) {
	}

	/** The outbox's backlog: a growing or failing backlog means deliveries are late. */
	public record Outbox(long pending, long oldestPendingSeconds, long failing) {

		public boolean healthy() {
			return this.failing == 0 && this.oldestPendingSeconds < 300;
		}

	}

	/** Payments waiting for the provider, and recent declines. */
	public record Payments(long pendingPayment, long declinedLast24h) {
	}

}
