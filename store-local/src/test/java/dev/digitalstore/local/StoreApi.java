package dev.digitalstore.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The store API as the tests check behind the shop's back: what the backend really
 * recorded (orders and their states), never what a page claims.
 */
final class StoreApi {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final String apiUrl;

	StoreApi(LocalStore store) {
		this.apiUrl = store.apiUrl();
	}

	void register(String email, String password, String displayName) {
		send(HttpRequest.newBuilder(URI.create(this.apiUrl + "/api/auth/register"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					JSON.writeValueAsString(Map.of("email", email, "password", password, "displayName", displayName)))),
				201);
	}

	String token(String email, String password) {
		JsonNode token = send(HttpRequest.newBuilder(URI.create(this.apiUrl + "/api/auth/token"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(JSON.writeValueAsString(Map.of("email", email, "password", password)))), 200);
		return token.get("accessToken").asString();
	}

	/** The orders the admin API finds for a customer's e-mail address. */
	List<JsonNode> adminOrders(String adminToken, String email) {
		JsonNode page = send(HttpRequest
			.newBuilder(URI.create(
					this.apiUrl + "/api/admin/orders?size=100&q=" + URLEncoder.encode(email, StandardCharsets.UTF_8)))
			.header("Authorization", "Bearer " + adminToken)
			.GET(), 200);
		return page.get("items").valueStream().toList();
	}

	private JsonNode send(HttpRequest.Builder request, int expectedStatus) {
		try {
			HttpResponse<String> response = this.http.send(request.timeout(Duration.ofSeconds(10)).build(),
					HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != expectedStatus) {
				throw new AssertionError("Expected " + expectedStatus + " from " + response.request().uri() + ", got "
						+ response.statusCode() + ": " + response.body());
			}
			return JSON.readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
