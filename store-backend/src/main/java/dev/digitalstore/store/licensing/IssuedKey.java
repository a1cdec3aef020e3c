package dev.digitalstore.store.licensing;

/** A licence key that belongs to an order line. */
public record IssuedKey(long orderLineId, long productId, String key) {

}
