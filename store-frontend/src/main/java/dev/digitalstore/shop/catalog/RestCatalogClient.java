package dev.digitalstore.shop.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

import dev.digitalstore.shop.backend.BackendProblemException;
import dev.digitalstore.shop.backend.PageOf;

@Component
class RestCatalogClient implements CatalogClient {

	private static final ParameterizedTypeReference<List<Category>> CATEGORIES = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<PageOf<ProductSummary>> PRODUCTS = new ParameterizedTypeReference<>() {
	};

	private final RestClient backend;

	private final CatalogResponseCache cache;

	RestCatalogClient(RestClient backendRestClient, CatalogResponseCache cache) {
		this.backend = backendRestClient;
		this.cache = cache;
	}

	@Override
	public List<Category> categories() {
		return this.cache.get("categories",
				() -> this.backend.get().uri("/api/categories").retrieve().toEntity(CATEGORIES));
	}

	@Override
	public PageOf<ProductSummary> search(ProductQuery query) {
		return this.cache.get("search:" + query,
				() -> this.backend.get().uri((uri) -> searchUri(uri, query)).retrieve().toEntity(PRODUCTS));
	}

	private static java.net.URI searchUri(UriBuilder uri, ProductQuery query) {
		uri.path("/api/products")
			.queryParam("sort", query.sort().apiName())
			.queryParam("page", query.page())
			.queryParam("size", query.size());
		if (query.q() != null) {
			uri.queryParam("q", "{q}");
		}
		if (query.category() != null) {
			uri.queryParam("category", "{category}");
		}
		if (query.minPrice() != null) {
			uri.queryParam("minPrice", query.minPrice());
		}
		if (query.maxPrice() != null) {
			uri.queryParam("maxPrice", query.maxPrice());
		}
		if (query.featuredOnly()) {
			uri.queryParam("featured", true);
		}
		// Template variables so user text is encoded, never spliced into the URL.
		java.util.Map<String, Object> variables = new java.util.HashMap<>();
		variables.put("q", query.q());
		variables.put("category", query.category());
		return uri.build(variables);
	}

	@Override
	public Optional<ProductDetail> product(String slug) {
		try {
			return Optional.ofNullable(this.cache.get("product:" + slug,
					() -> this.backend.get()
						.uri("/api/products/{slug}", slug)
						.retrieve()
						.toEntity(ProductDetail.class)));
		}
		catch (BackendProblemException.NotFound ex) {
			return Optional.empty();
		}
	}

	@Override
	public boolean cover(String slug, ImageTarget target) {
		return this.backend.get().uri("/api/products/{slug}/cover", slug).exchange((request, response) -> {
			if (!response.getStatusCode().is2xxSuccessful()) {
				return false;
			}
			target.write(response.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE), response.getBody());
			return true;
		});
	}

}
