package dev.digitalstore.store.order;

/**
 * A new order and its access token. The token is only ever returned here: the store keeps
 * its SHA-256.
 *
 * @param order the order as other features see it
 * @param view the order as its buyer sees it, with the access token, as placed
 */
public record PlacedOrder(OrderSummary order, OrderView view) {

}
