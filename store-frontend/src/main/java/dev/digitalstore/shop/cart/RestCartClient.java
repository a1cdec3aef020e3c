package dev.digitalstore.shop.cart;

import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import dev.digitalstore.shop.backend.BackendProblemException;
import dev.digitalstore.shop.backend.Bearer;

@Component
class RestCartClient implements CartClient {

	private final RestClient backend;

	RestCartClient(RestClient backendRestClient) {
		this.backend = backendRestClient;
	}

	@Override
	public Cart create(String accessToken) {
		return this.backend.post().uri("/api/carts").headers(Bearer.of(accessToken)).retrieve().body(Cart.class);
	}

	@Override
	public Optional<Cart> find(String accessToken, String cartId) {
		try {
			return Optional.ofNullable(this.backend.get()
				.uri("/api/carts/{cartId}", cartId)
				.headers(Bearer.of(accessToken))
				.retrieve()
				.body(Cart.class));
		}
		catch (BackendProblemException.NotFound | BackendProblemException.Forbidden ex) {
			return Optional.empty();
		}
	}

	@Override
	public Cart setQuantity(String accessToken, String cartId, long productId, int quantity) {
		return this.backend.put()
			.uri("/api/carts/{cartId}/items/{productId}", cartId, productId)
			.headers(Bearer.of(accessToken))
			.body(Map.of("quantity", quantity))
			.retrieve()
			.body(Cart.class);
	}

	@Override
	public Cart add(String accessToken, String cartId, long productId, int quantity) {
		return this.backend.post()
			.uri("/api/carts/{cartId}/items", cartId)
			.headers(Bearer.of(accessToken))
			.body(Map.of("productId", productId, "quantity", quantity))
			.retrieve()
			.body(Cart.class);
	}

	@Override
	public Cart remove(String accessToken, String cartId, long productId) {
		return this.backend.delete()
			.uri("/api/carts/{cartId}/items/{productId}", cartId, productId)
			.headers(Bearer.of(accessToken))
			.retrieve()
			.body(Cart.class);
	}

	@Override
	public Cart customerCart(String accessToken) {
		return this.backend.get().uri("/api/me/cart").headers(Bearer.of(accessToken)).retrieve().body(Cart.class);
	}

	@Override
	public Cart merge(String accessToken, String guestCartId) {
		return this.backend.post()
			.uri("/api/me/cart/merge")
			.headers(Bearer.of(accessToken))
			.body(Map.of("cartId", guestCartId))
			.retrieve()
			.body(Cart.class);
	}

}
