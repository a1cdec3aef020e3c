package dev.digitalstore.shop.order;

import java.util.List;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import dev.digitalstore.shop.backend.BackendProblems;
import dev.digitalstore.shop.backend.Bearer;
import dev.digitalstore.shop.backend.PageOf;

@Component
class RestOrderClient implements OrderClient {

	private static final ParameterizedTypeReference<PageOf<Order>> ORDERS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<LibraryItem>> LIBRARY = new ParameterizedTypeReference<>() {
	};

	private final RestClient backend;

	private final BackendProblems problems;

	RestOrderClient(RestClient backendRestClient, BackendProblems problems) {
		this.backend = backendRestClient;
		this.problems = problems;
	}

	@Override
	public Order order(String reference, OrderAccess access) {
		return get("/api/orders/{reference}", reference, access).body(Order.class);
	}

	@Override
	public Delivery delivery(String reference, OrderAccess access) {
		return get("/api/orders/{reference}/delivery", reference, access).body(Delivery.class);
	}

	private RestClient.ResponseSpec get(String path, String reference, OrderAccess access) {
		String uri = (access.guestToken() != null) ? path + "?token={token}" : path;
		return this.backend.get()
			.uri(uri, reference, access.guestToken())
			.headers(Bearer.of(access.bearerToken()))
			.retrieve();
	}

	@Override
	public PageOf<Order> myOrders(String accessToken, int page, int size) {
		return this.backend.get()
			.uri("/api/me/orders?page={page}&size={size}", page, size)
			.headers(Bearer.of(accessToken))
			.retrieve()
			.body(ORDERS);
	}

	@Override
	public List<LibraryItem> library(String accessToken) {
		return this.backend.get().uri("/api/me/library").headers(Bearer.of(accessToken)).retrieve().body(LIBRARY);
	}

	@Override
	public void download(String downloadToken, DownloadTarget target) {
		this.backend.get().uri("/api/downloads/{token}", downloadToken).exchange((request, response) -> {
			if (response.getStatusCode().isError()) {
				// Same mapping as every other call: 410 gone, 404 unknown.
				throw this.problems.toException(response);
			}
			HttpHeaders headers = response.getHeaders();
			target.write(headers.getFirst(HttpHeaders.CONTENT_TYPE), headers.getFirst(HttpHeaders.CONTENT_DISPOSITION),
					headers.getContentLength(), response.getBody());
			return null;
		});
	}

}
