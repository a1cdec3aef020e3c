package dev.digitalstore.shop.fakes;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.digitalstore.shop.order.Delivery;
import dev.digitalstore.shop.order.Order;
import dev.digitalstore.shop.order.OrderStatus;

/**
 * The fake API's orders. Like the real flow, an order is {@code PENDING_PAYMENT} at
 * first, then {@code PAID}, then {@code FULFILLED} a moment later (here: by time), so the
 * confirmation page has to refresh itself to show the delivery.
 */
public class FakeOrderBook {

	static final Duration PAYMENT_CONFIRMED_AFTER = Duration.ofMillis(1500);

	static final Duration FULFILLED_AFTER = Duration.ofMillis(3000);

	private final AtomicInteger references = new AtomicInteger(1000);

	private final Map<String, FakeOrder> orders = new ConcurrentHashMap<>();

	FakeOrder add(Order order, String guestToken, Long ownerId) {
		FakeOrder placed = new FakeOrder(order, guestToken, ownerId, Instant.now());
		this.orders.put(order.reference(), placed);
		return placed;
	}

	String nextReference() {
		return "DS-" + this.references.incrementAndGet();
	}

	FakeOrder find(String reference) {
		FakeOrder order = this.orders.get(reference);
		if (order == null) {
			throw FakeBackend.notFound("No order " + reference);
		}
		return order;
	}

	Collection<FakeOrder> all() {
		return List.copyOf(this.orders.values());
	}

	/** How many orders were placed for this e-mail: a double submit must not make two. */
	public long countFor(String email) {
		return this.orders.values().stream().filter((order) -> order.order.email().equalsIgnoreCase(email)).count();
	}

	/** An order as the fake keeps it. */
	static final class FakeOrder {

		final Order order;

		final String guestToken;

		final Long ownerId;

		final Instant placedAt;

		volatile OrderStatus override;

		FakeOrder(Order order, String guestToken, Long ownerId, Instant placedAt) {
			this.order = order;
			this.guestToken = guestToken;
			this.ownerId = ownerId;
			this.placedAt = placedAt;
		}

		OrderStatus status() {
			if (this.override != null) {
				return this.override;
			}
			Duration age = Duration.between(this.placedAt, Instant.now());
			if (age.compareTo(FULFILLED_AFTER) >= 0) {
				return OrderStatus.FULFILLED;
			}
			return (age.compareTo(PAYMENT_CONFIRMED_AFTER) >= 0) ? OrderStatus.PAID : OrderStatus.PENDING_PAYMENT;
		}

		Order view() {
			OrderStatus status = status();
			return new Order(this.order.reference(), status, this.order.email(), this.order.billingCountry(),
					this.order.createdAt(), (status == OrderStatus.PENDING_PAYMENT) ? null : this.placedAt,
					this.order.total(), this.order.lines());
		}

		Delivery delivery() {
			OrderStatus status = status();
			if (status != OrderStatus.FULFILLED) {
				return new Delivery(status, List.of(), List.of());
			}
			List<Delivery.Download> downloads = new ArrayList<>();
			List<Delivery.LicenceKey> keys = new ArrayList<>();
			for (Order.Line line : this.order.lines()) {
				if (line.kind().hasDownload()) {
					downloads.add(new Delivery.Download(line.productId(), line.title(), line.slug() + ".zip",
							"http://store-backend.invalid/api/downloads/" + downloadToken(line), expiry(), 5));
				}
				if (line.kind().hasLicenceKey()) {
					keys.add(new Delivery.LicenceKey(line.productId(), line.title(), licenceKey(line)));
				}
			}
			return new Delivery(status, downloads, keys);
		}

		String downloadToken(Order.Line line) {
			return "dl-" + this.order.reference() + "-" + line.productId();
		}

		String licenceKey(Order.Line line) {
			return "KEY-" + this.order.reference() + "-" + line.productId();
		}

		Instant expiry() {
			return this.placedAt.plus(Duration.ofDays(7));
		}

	}

}
