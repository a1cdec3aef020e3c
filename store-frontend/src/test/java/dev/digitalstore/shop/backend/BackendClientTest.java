package dev.digitalstore.shop.backend;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.web.client.RestClient;

import dev.digitalstore.shop.ShopProperties;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The real HTTP client against a real (tiny) server: problem documents, 5xx, timeouts.
 */
class BackendClientTest {

	private HttpServer server;

	private final AtomicReference<String> lastAuthorization = new AtomicReference<>();

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		respond("/api/checkout", 402, "application/problem+json",
				"{\"type\":\"https://digital-store.dev/problems/payment-declined\",\"title\":\"Payment declined\","
						+ "\"status\":402,\"detail\":\"Your card has insufficient funds.\","
						+ "\"declineCode\":\"insufficient_funds\"}");
		respond("/api/auth/register", 400, "application/problem+json",
				"{\"type\":\"https://digital-store.dev/problems/validation\",\"title\":\"Invalid\",\"status\":400,"
						+ "\"errors\":[{\"field\":\"email\",\"message\":\"must be a well-formed email address\"}]}");
		respond("/api/broken", 500, "text/html", "<h1>Internal error</h1>");
		respond("/api/throttled", 429, "application/problem+json", "{\"status\":429}");
		this.server.createContext("/api/me", (exchange) -> {
			this.lastAuthorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
			send(exchange, 200, "application/json",
					"{\"id\":7,\"email\":\"a@b.test\",\"displayName\":\"A\",\"roles\":[\"CUSTOMER\"],\"extra\":1}");
		});
		this.server.createContext("/api/slow", (exchange) -> {
			try {
				Thread.sleep(1500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			send(exchange, 200, "application/json", "{}");
		});
		this.server.start();
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	@Test
	void problemDocumentsBecomeTypedExceptions() {
		RestClient client = client(URI.create("http://127.0.0.1:" + this.server.getAddress().getPort()));
		assertThatExceptionOfType(BackendProblemException.PaymentDeclined.class)
			.isThrownBy(() -> client.post().uri("/api/checkout").body("{}").retrieve().toBodilessEntity())
			.satisfies((ex) -> {
				assertThat(ex.declineCode()).isEqualTo("insufficient_funds");
				assertThat(ex.detail()).isEqualTo("Your card has insufficient funds.");
				assertThat(ex.problem().typeName()).isEqualTo("payment-declined");
			});
		assertThatExceptionOfType(BackendProblemException.InvalidRequest.class)
			.isThrownBy(() -> client.post().uri("/api/auth/register").body("{}").retrieve().toBodilessEntity())
			.satisfies((ex) -> assertThat(ex.problem().errors())
				.containsExactly(new BackendProblem.FieldError("email", "must be a well-formed email address")));
		assertThatExceptionOfType(BackendProblemException.Throttled.class)
			.isThrownBy(() -> client.get().uri("/api/throttled").retrieve().toBodilessEntity())
			.satisfies((ex) -> assertThat(ex.retryAfterSeconds()).isEqualTo(30));
	}

	@Test
	void serverErrorsTimeoutsAndRefusedConnectionsMeanUnavailable() throws IOException {
		RestClient client = client(URI.create("http://127.0.0.1:" + this.server.getAddress().getPort()));
		assertThatExceptionOfType(BackendUnavailableException.class)
			.isThrownBy(() -> client.get().uri("/api/broken").retrieve().toBodilessEntity());
		assertThatExceptionOfType(BackendUnavailableException.class)
			.isThrownBy(() -> client.get().uri("/api/slow").retrieve().toBodilessEntity());
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		RestClient nobody = client(URI.create("http://127.0.0.1:" + closedPort));
		assertThatExceptionOfType(BackendUnavailableException.class)
			.isThrownBy(() -> nobody.get().uri("/api/me").retrieve().toBodilessEntity());
	}

	@Test
	void responsesAreReadTolerantlyAndTheTokenIsSentAsBearer() {
		RestClient client = client(URI.create("http://127.0.0.1:" + this.server.getAddress().getPort()));
		String body = client.get().uri("/api/me").headers(Bearer.of("t0ken")).retrieve().body(String.class);
		assertThat(body).contains("\"id\":7");
		assertThat(this.lastAuthorization.get()).isEqualTo("Bearer t0ken");
	}

	private static RestClient client(URI baseUrl) {
		ShopProperties properties = new ShopProperties(
				new ShopProperties.Backend(baseUrl, Duration.ofMillis(500), Duration.ofMillis(500)), "EUR",
				new ShopProperties.Cookies(true, Duration.ofDays(30)),
				new ShopProperties.Templates(false, java.nio.file.Path.of("src/main/jte")),
				new ShopProperties.Requests(0, Duration.ofSeconds(10)));
		BackendProblems problems = new BackendProblems(JsonMapper.builder().build());
		return new BackendClientConfiguration().backendRestClient(RestClient.builder(), properties, problems);
	}

	private void respond(String path, int status, String contentType, String body) {
		this.server.createContext(path, (exchange) -> {
			if (status == 429) {
				exchange.getResponseHeaders().add("Retry-After", "30");
			}
			send(exchange, status, contentType, body);
		});
	}

	private static void send(com.sun.net.httpserver.HttpExchange exchange, int status, String contentType, String body)
			throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

}
