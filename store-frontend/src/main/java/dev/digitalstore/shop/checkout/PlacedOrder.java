package dev.digitalstore.shop.checkout;

import dev.digitalstore.shop.order.OrderStatus;

/**
 * What a successful checkout answers, reduced to what the shop needs: the order to show
 * and the token a guest keeps to reach it.
 */
public record PlacedOrder(String reference, OrderStatus status, String accessToken) {

	@Override
	public String toString() {
		return "PlacedOrder[" + this.reference + ", " + this.status + "]";
	}

}
