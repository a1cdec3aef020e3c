package dev.digitalstore.shop.checkout;

/**
 * A token the simulated payment provider accepts in test mode, with what it does (for
 * example "Succeeds" or "Declined: insufficient funds").
 */
public record TestCard(String token, String description) {
}
