package dev.digitalstore.store.payment;

/** A payment token that works in test mode, and what it does. */
public record TestCard(String token, String description, String outcome) {

}
