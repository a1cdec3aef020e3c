package dev.digitalstore.shop.admin;

import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import dev.digitalstore.shop.backend.Bearer;
import dev.digitalstore.shop.backend.PageOf;
import dev.digitalstore.shop.order.Order;

@Component
class RestAdminClient implements AdminClient {

	private static final ParameterizedTypeReference<PageOf<AdminProduct>> PRODUCTS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<PageOf<Order>> ORDERS = new ParameterizedTypeReference<>() {
	};

	private final RestClient backend;

	RestAdminClient(RestClient backendRestClient) {
		this.backend = backendRestClient;
	}

	@Override
	public PageOf<AdminProduct> products(String accessToken, String q, int page, int size) {
		Map<String, Object> variables = Map.of("q", (q != null) ? q : "", "page", page, "size", size);
		return this.backend.get()
			.uri("/api/admin/products?q={q}&page={page}&size={size}", variables)
			.headers(Bearer.of(accessToken))
			.retrieve()
			.body(PRODUCTS);
	}

	@Override
	public AdminProduct product(String accessToken, long id) {
		return this.backend.get()
			.uri("/api/admin/products/{id}", id)
			.headers(Bearer.of(accessToken))
			.retrieve()
			.body(AdminProduct.class);
	}

	@Override
	public AdminProduct create(String accessToken, ProductCommand command) {
		return this.backend.post()
			.uri("/api/admin/products")
			.headers(Bearer.of(accessToken))
			.body(command)
			.retrieve()
			.body(AdminProduct.class);
	}

	@Override
	public AdminProduct update(String accessToken, long id, ProductCommand command) {
		return this.backend.put()
			.uri("/api/admin/products/{id}", id)
			.headers(Bearer.of(accessToken))
			.body(command)
			.retrieve()
			.body(AdminProduct.class);
	}

	@Override
	public AdminProduct setActive(String accessToken, long id, boolean active) {
		return this.backend.post()
			.uri(active ? "/api/admin/products/{id}/activate" : "/api/admin/products/{id}/deactivate", id)
			.headers(Bearer.of(accessToken))
			.retrieve()
			.body(AdminProduct.class);
	}

	@Override
	public AdminProduct uploadFile(String accessToken, long id, Upload file) {
		return upload("/api/admin/products/{id}/file", accessToken, id, file);
	}

	@Override
	public AdminProduct uploadCover(String accessToken, long id, Upload cover) {
		return upload("/api/admin/products/{id}/cover", accessToken, id, cover);
	}

	private AdminProduct upload(String path, String accessToken, long id, Upload upload) {
		// A plain multipart map: MultipartBodyBuilder needs Reactive Streams, which the
		// shop
		// does not ship.
		HttpHeaders partHeaders = new HttpHeaders();
		partHeaders.setContentType(MediaType.parseMediaType(upload.contentType()));
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new HttpEntity<>(new UploadResource(upload), partHeaders));
		return this.backend.put()
			.uri(path, id)
			.headers(Bearer.of(accessToken))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(parts)
			.retrieve()
			.body(AdminProduct.class);
	}

	@Override
	public KeyImport importKeys(String accessToken, long id, String csv) {
		return this.backend.post()
			.uri("/api/admin/products/{id}/licence-keys", id)
			.headers(Bearer.of(accessToken))
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.body(csv)
			.retrieve()
			.body(KeyImport.class);
	}

	@Override
	public PageOf<Order> orders(String accessToken, String q, String status, int page, int size) {
		Map<String, Object> variables = Map.of("q", (q != null) ? q : "", "status", (status != null) ? status : "",
				"page", page, "size", size);
		return this.backend.get()
			.uri("/api/admin/orders?q={q}&status={status}&page={page}&size={size}", variables)
			.headers(Bearer.of(accessToken))
			.retrieve()
			.body(ORDERS);
	}

	@Override
	public Order order(String accessToken, String reference) {
		return this.backend.get()
			.uri("/api/admin/orders/{reference}", reference)
			.headers(Bearer.of(accessToken))
			.retrieve()
			.body(Order.class);
	}

	@Override
	public Order refund(String accessToken, String reference) {
		return this.backend.post()
			.uri("/api/admin/orders/{reference}/refund", reference)
			.headers(Bearer.of(accessToken))
			.retrieve()
			.body(Order.class);
	}

	@Override
	public SalesStats stats(String accessToken, int days) {
		return this.backend.get()
			.uri("/api/admin/stats?days={days}", days)
			.headers(Bearer.of(accessToken))
			.retrieve()
			.body(SalesStats.class);
	}

	/**
	 * Streams the upload once, with its real name and length (no buffering in memory).
	 */
	private static final class UploadResource extends InputStreamResource {

		private final Upload upload;

		UploadResource(Upload upload) {
			super(upload.content());
			this.upload = upload;
		}

		@Override
		public String getFilename() {
			return this.upload.filename();
		}

		@Override
		public long contentLength() {
			return this.upload.size();
		}

	}

}
