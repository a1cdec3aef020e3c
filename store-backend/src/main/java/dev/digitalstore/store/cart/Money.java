package dev.digitalstore.store.cart;

/** An amount in minor units of an ISO 4217 currency. */
record Money(long amountMinor, String currency) {

}
