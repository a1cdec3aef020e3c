package dev.digitalstore.shop.backend;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.client.RestClient;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import dev.digitalstore.shop.ShopProperties;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store API sees the shopper's address, not the shop's: its sign-in throttling counts
 * failures per address.
 */
class ForwardedClientAddressTest {

	private HttpServer server;

	private final AtomicReference<String> forwardedFor = new AtomicReference<>();

	private RestClient client;

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/api/auth/token", (exchange) -> {
			this.forwardedFor.set(exchange.getRequestHeaders().getFirst(ForwardedClientAddress.HEADER));
			exchange.sendResponseHeaders(204, -1);
			try (OutputStream out = exchange.getResponseBody()) {
				out.flush();
			}
		});
		this.server.start();
		URI baseUrl = URI.create("http://127.0.0.1:" + this.server.getAddress().getPort());
		ShopProperties properties = new ShopProperties(
				new ShopProperties.Backend(baseUrl, Duration.ofSeconds(2), Duration.ofSeconds(2)), "EUR",
				new ShopProperties.Cookies(true, Duration.ofDays(30)),
				new ShopProperties.Templates(false, Path.of("src/main/jte")),
				new ShopProperties.Requests(0, Duration.ofSeconds(10)));
		this.client = new BackendClientConfiguration().backendRestClient(RestClient.builder(), properties,
				new BackendProblems(JsonMapper.builder().build()));
	}

	@AfterEach
	void stop() {
		RequestContextHolder.resetRequestAttributes();
		this.server.stop(0);
	}

	@Test
	void callsMadeWhileServingAShopperCarryTheShoppersAddress() {
		MockHttpServletRequest shopperRequest = new MockHttpServletRequest("POST", "/sign-in");
		// What the shop's own RemoteIpValve made of the load balancer's X-Forwarded-For.
		shopperRequest.setRemoteAddr("203.0.113.7");
		shopperRequest.addHeader(ForwardedClientAddress.HEADER, "198.51.100.66, 203.0.113.7");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(shopperRequest));

		this.client.post().uri("/api/auth/token").body("{}").retrieve().toBodilessEntity();

		assertThat(this.forwardedFor.get()).isEqualTo("203.0.113.7");
	}

	@Test
	void callsOutsideAShoppersRequestClaimNoAddress() {
		this.client.post().uri("/api/auth/token").body("{}").retrieve().toBodilessEntity();

		assertThat(this.forwardedFor.get()).isNull();
	}

}
