package dev.digitalstore.shop.cart;

import java.util.Optional;

/**
 * The store API's carts. {@code accessToken} is the signed-in customer's token, or
 * {@code null} for a guest.
 */
public interface CartClient {

	Cart create(String accessToken);

	/**
	 * The cart, or empty when it no longer exists (checked out, expired or not the
	 * caller's).
	 */
	Optional<Cart> find(String accessToken, String cartId);

	Cart setQuantity(String accessToken, String cartId, long productId, int quantity);

	/** Adds to the quantity already in the cart, atomically, capped by the API. */
	Cart add(String accessToken, String cartId, long productId, int quantity);

	Cart remove(String accessToken, String cartId, long productId);

	/** The signed-in customer's open cart (created if none). */
	Cart customerCart(String accessToken);

	/** Moves a guest cart's lines into the signed-in customer's cart. */
	Cart merge(String accessToken, String guestCartId);

}
