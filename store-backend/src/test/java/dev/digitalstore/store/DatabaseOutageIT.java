package dev.digitalstore.store;

import java.time.Duration;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.digitalstore.store.support.DatabaseProxyConfiguration.DatabaseProxyHolder;
import dev.digitalstore.store.support.FreezableProxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A database that stops answering makes requests fail fast with 503, never hang; the
 * store then recovers.
 */
@StoreIntegrationTest
class DatabaseOutageIT {

	@LocalServerPort
	int port;

	@Autowired
	DatabaseProxyHolder database;

	@BeforeEach
	void useServer() {
		RestAssured.port = this.port;
	}

	@Test
	void requestsFailWithin10SecondsWith503WhileTheDatabaseIsFrozenAndSucceedAfterwards() {
		// A search: never served from the catalog's cache, it always needs the database.
		RestAssured.get("/api/products?q={q}", UUID.randomUUID().toString()).then().statusCode(200);
		FreezableProxy proxy = this.database.proxy();
		proxy.freeze();
		try {
			long start = System.nanoTime();
			Response response = RestAssured.get("/api/products?q={q}", UUID.randomUUID().toString());
			Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
			response.then()
				.statusCode(503)
				.contentType("application/problem+json")
				.header("Retry-After", "5")
				.body("title", equalTo("Service temporarily unavailable"));
			assertThat(elapsed).isLessThan(Duration.ofSeconds(10));

			// Kubernetes keeps the pod (alive) but stops sending it traffic (not ready).
			RestAssured.get("/actuator/health/liveness").then().statusCode(200);
			RestAssured.get("/actuator/health/readiness").then().statusCode(503);
		}
		finally {
			proxy.thaw();
		}
		await().atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(500))
			.untilAsserted(
					() -> RestAssured.get("/api/products?q={q}", UUID.randomUUID().toString()).then().statusCode(200));
	}

}
