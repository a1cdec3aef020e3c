package dev.digitalstore.shop.checkout;

/**
 * The body of {@code POST /api/checkout}; {@code email} may be null for a signed-in
 * customer.
 */
public record CheckoutRequest(String cartId, String email, String billingCountry, String paymentToken) {
}
