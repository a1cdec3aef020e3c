package dev.digitalstore.store.delivery;

import java.time.Instant;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.digitalstore.store.delivery.DeliveryViews.LibraryItem;
import dev.digitalstore.store.delivery.DeliveryViews.OrderDelivery;
import dev.digitalstore.store.order.OrderApi;
import dev.digitalstore.store.shared.security.Caller;
import dev.digitalstore.store.shared.web.NotFoundException;

/**
 * What a buyer received: per order (owner or guest token) and the signed-in customer's
 * library.
 */
@RestController
class DeliveryController {

	private final OrderApi orders;

	private final DeliveryQueries queries;

	private final DownloadGrants grants;

	private final DownloadTokens tokens;

	private final DeliveryProperties properties;

	DeliveryController(OrderApi orders, DeliveryQueries queries, DownloadGrants grants, DownloadTokens tokens,
			DeliveryProperties properties) {
		this.orders = orders;
		this.queries = queries;
		this.grants = grants;
		this.tokens = tokens;
		this.properties = properties;
	}

	@GetMapping("/api/orders/{reference}/delivery")
	OrderDelivery delivery(@PathVariable String reference, @RequestParam(required = false) String token,
			Caller caller) {
		return this.orders.findAccessible(reference, caller, token)
			.map(this.queries::forOrder)
			.orElseThrow(() -> new NotFoundException("Order " + reference));
	}

	@GetMapping("/api/me/library")
	List<LibraryItem> library(Caller caller) {
		return this.queries.library(caller.requireCustomerId());
	}

	/**
	 * A fresh link and time window for one of the customer's purchases that still has
	 * downloads left.
	 */
	@PostMapping("/api/me/library/{orderLineId}/renew")
	LibraryItem renew(@PathVariable long orderLineId, Caller caller) {
		long customerId = caller.requireCustomerId();
		Instant expiresAt = Instant.now().plus(this.properties.downloadTtl());
		if (!this.grants.renew(customerId, orderLineId, this.tokens.issue(), expiresAt)) {
			throw new NotFoundException("A renewable download");
		}
		return this.queries.library(customerId)
			.stream()
			.filter((item) -> item.orderLineId() == orderLineId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("A renewable download"));
	}

}
