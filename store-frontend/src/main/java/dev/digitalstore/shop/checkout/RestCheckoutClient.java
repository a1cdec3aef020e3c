package dev.digitalstore.shop.checkout;

import java.util.List;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import dev.digitalstore.shop.backend.Bearer;

@Component
class RestCheckoutClient implements CheckoutClient {

	private static final ParameterizedTypeReference<List<TestCard>> TEST_CARDS = new ParameterizedTypeReference<>() {
	};

	private final RestClient backend;

	RestCheckoutClient(RestClient backendRestClient) {
		this.backend = backendRestClient;
	}

	@Override
	public PlacedOrder checkout(String idempotencyKey, CheckoutRequest request, String accessToken) {
		return this.backend.post()
			.uri("/api/checkout")
			.header("Idempotency-Key", idempotencyKey)
			.headers(Bearer.of(accessToken))
			.body(request)
			.retrieve()
			.body(PlacedOrder.class);
	}

	@Override
	public List<TestCard> testCards() {
		return this.backend.get().uri("/api/payments/test-cards").retrieve().body(TEST_CARDS);
	}

}
