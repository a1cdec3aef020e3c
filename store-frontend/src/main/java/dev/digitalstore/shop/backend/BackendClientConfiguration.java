package dev.digitalstore.shop.backend;

import java.io.IOException;

import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

import dev.digitalstore.shop.ShopProperties;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one HTTP client to the store API that every feature's client uses: base URL,
 * timeouts, the shopper's address, and problem documents turned into typed exceptions.
 * Built from Boot's {@link RestClient.Builder} so calls are observed
 * ({@code http.client.requests} tagged by URI template).
 */
@Configuration(proxyBeanMethods = false)
class BackendClientConfiguration {

	@Bean
	BackendProblems backendProblems(JsonMapper jsonMapper) {
		return new BackendProblems(jsonMapper);
	}

	@Bean
	RestClient backendRestClient(RestClient.Builder builder, ShopProperties properties, BackendProblems problems) {
		ShopProperties.Backend backend = properties.backend();
		HttpClientSettings settings = HttpClientSettings.defaults()
			.withTimeouts(backend.connectTimeout(), backend.readTimeout())
			// Covers and downloads may redirect to object storage; the shop fetches them
			// itself
			// so the browser only ever talks to the shop.
			.withRedirects(HttpRedirects.FOLLOW_WHEN_POSSIBLE);
		return builder.clone()
			.baseUrl(backend.baseUrl().toString())
			.requestFactory(ClientHttpRequestFactoryBuilder.jdk().build(settings))
			.requestInterceptor(unavailableWhenUnreachable())
			.requestInterceptor(new ForwardedClientAddress())
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
				throw problems.toException(response);
			})
			.build();
	}

	/** A refused connection or a timeout is the API being unavailable, not a bug. */
	private static ClientHttpRequestInterceptor unavailableWhenUnreachable() {
		return (request, body, execution) -> {
			try {
				return execution.execute(request, body);
			}
			catch (IOException ex) {
				throw new BackendUnavailableException(
						"The store API did not answer " + request.getMethod() + " " + request.getURI().getPath(), ex);
			}
		};
	}

}
