package dev.digitalstore.shop.catalog;

import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Any product change the shop sends to the backend (create, edit, activate, uploads) that
 * succeeds empties the catalog cache, so an admin sees the change on the next page.
 */
@Configuration(proxyBeanMethods = false)
class CatalogChanges {

	@Bean
	RestClientCustomizer catalogChangesEmptyTheCache(CatalogResponseCache cache) {
		return (builder) -> builder.requestInterceptor((request, body, execution) -> {
			ClientHttpResponse response = execution.execute(request, body);
			if (!HttpMethod.GET.equals(request.getMethod())
					&& request.getURI().getPath().startsWith("/api/admin/products")
					&& response.getStatusCode().is2xxSuccessful()) {
				cache.clear();
			}
			return response;
		});
	}

}
