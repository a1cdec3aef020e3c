package dev.digitalstore.store.order;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.digitalstore.store.catalog.ProductKind;
import dev.digitalstore.store.shared.Money;

/**
 * An order as buyers and admins see it (the API's {@code Order}). {@code accessToken} is
 * only present in the checkout's response.
 */
public record OrderView(String reference, OrderStatus status, String email, String billingCountry, Instant createdAt,
		Instant paidAt, Money total, List<Line> lines, @JsonInclude(JsonInclude.Include.NON_NULL) String accessToken) {

	public OrderView withAccessToken(String token) {
		return new OrderView(this.reference, this.status, this.email, this.billingCountry, this.createdAt, this.paidAt,
				this.total, this.lines, token);
	}

	public record Line(long productId, String slug, String title, ProductKind kind, Money unitPrice, int quantity,
			Money lineTotal) {

	}

}
