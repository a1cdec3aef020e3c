package dev.digitalstore.store.checkout;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/checkout}. {@code email} is required of guests; signed-in
 * customers may leave it out to use their account's.
 */
record CheckoutRequest(@NotBlank @Size(max = 43) String cartId, @Email @Size(max = 254) String email,
		@NotBlank @CountryCode String billingCountry, @NotBlank @Size(max = 100) String paymentToken) {

}
