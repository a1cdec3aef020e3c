package dev.digitalstore.shop.checkout;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The checkout form. {@code idempotencyKey} was generated when the form was rendered, so
 * submitting the same form twice (a double click on Pay) places one order; the cart id is
 * part of the form for the same reason: the second submit must send the same request even
 * though the first one has already checked the cart out.
 */
public record CheckoutForm(@NotBlank @Size(max = 64) String cartId, @NotBlank @Email @Size(max = 254) String email,
		@NotBlank @Pattern(regexp = "[A-Z]{2}") String billingCountry, @NotBlank @Size(max = 100) String paymentToken,
		@NotBlank @Size(max = 255) String idempotencyKey) {

	CheckoutForm withNewKey() {
		return new CheckoutForm(this.cartId, this.email, this.billingCountry, this.paymentToken, Keys.newKey());
	}

	CheckoutForm withoutCard() {
		return new CheckoutForm(this.cartId, this.email, this.billingCountry, "", Keys.newKey());
	}

	static final class Keys {

		private Keys() {
		}

		static String newKey() {
			return java.util.UUID.randomUUID().toString();
		}

	}

}
