package dev.digitalstore.store.order;

/**
 * A new order and its access token. The token is only ever returned here: the store keeps
 * its SHA-256.
 */
public record PlacedOrder(OrderSummary order, String accessToken) {

}
