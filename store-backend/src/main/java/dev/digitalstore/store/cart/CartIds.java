package dev.digitalstore.store.cart;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Guest carts are reached by id alone, so the id is the secret: 256 random bits,
 * base64url without padding (43 characters).
 */
final class CartIds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private CartIds() {
	}

	static String next() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return ENCODER.encodeToString(bytes);
	}

}
