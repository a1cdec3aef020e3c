package dev.digitalstore.store.catalog;

import java.time.Duration;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.digitalstore.store.StoreIntegrationTest;
import dev.digitalstore.store.support.AdminProducts;
import dev.digitalstore.store.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A product's details are replayed from memory after the first request: the same bytes
 * and headers as Spring MVC wrote, an admin's change seen at once, the request still
 * measured under its endpoint, and anything the copy cannot answer left to Spring MVC.
 */
@StoreIntegrationTest
class ProductResponseReplayIT {

	@LocalServerPort
	int port;

	@Autowired
	TestTokens tokens;

	@Autowired
	MeterRegistry meters;

	@Autowired
	CatalogCache catalogCache;

	String admin;

	String slug;

	long id;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
		this.admin = this.tokens.mint(1, "ADMIN");
		this.slug = "replayed-" + UUID.randomUUID().toString().substring(0, 8);
		this.id = AdminProducts.create(this.admin, this.slug, "Replayed album", "Ten songs", 1200, "music", "DOWNLOAD");
	}

	@Test
	void theReplayIsTheResponseSpringMvcWroteAndIsMeasuredUnderItsEndpoint() {
		long before = productRequests();
		Response first = product();
		assertThat(this.catalogCache.responses().getIfPresent(this.slug)).as("kept after the first request")
			.isNotNull();
		Response again = product();

		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.asByteArray()).isEqualTo(first.asByteArray());
		for (String header : new String[] { "Content-Type", "ETag", "Cache-Control", "Content-Length",
				"X-Content-Type-Options", "X-Frame-Options" }) {
			assertThat(again.header(header)).as(header).isNotNull().isEqualTo(first.header(header));
		}
		assertThat(again.jsonPath().getString("title")).isEqualTo("Replayed album");
		assertThat(Long.parseLong(first.header("Age"))).as("fresh from the database").isLessThanOrEqualTo(1L);
		assertThat(Long.parseLong(again.header("Age"))).as("the age of the replayed data, in s").isBetween(0L, 30L);
		// the observation stops just after the response has gone out
		await().atMost(Duration.ofSeconds(5))
			.untilAsserted(() -> assertThat(productRequests()).as("http.server.requests, uri=/api/products/{slug}")
				.isEqualTo(before + 2));
	}

	@Test
	void aMatchingConditionalRequestGetsA304AndAHeadRequestTheHeadersAlone() {
		String etag = product().header("ETag");
		product();

		RestAssured.given()
			.header("If-None-Match", etag)
			.get("/api/products/{slug}", this.slug)
			.then()
			.statusCode(304)
			.header("ETag", etag)
			.body(emptyString());
		RestAssured.given()
			.header("If-None-Match", "\"something-else\"")
			.get("/api/products/{slug}", this.slug)
			.then()
			.statusCode(200)
			.body("slug", equalTo(this.slug));
		RestAssured.head("/api/products/{slug}", this.slug)
			.then()
			.statusCode(200)
			.header("ETag", etag)
			.header("Content-Type", "application/json")
			.body(emptyString());
	}

	@Test
	void anAdminsChangeIsServedAtOnce() {
		product();
		product();

		RestAssured.given()
			.auth()
			.oauth2(this.admin)
			.contentType("application/json")
			.body("""
					{"slug":"%s","title":"Replayed album, remastered","description":"Ten songs","priceMinor":1500,
					 "categorySlug":"music","tags":[],"kind":"DOWNLOAD","featured":false}""".formatted(this.slug))
			.put("/api/admin/products/{id}", this.id)
			.then()
			.statusCode(200);

		product().then()
			.statusCode(200)
			.body("title", equalTo("Replayed album, remastered"))
			.body("price.amountMinor", equalTo(1500));

		AdminProducts.setActive(this.admin, this.id, false);
		product().then().statusCode(404).contentType("application/problem+json");
	}

	@Test
	void whatTheCopyCannotAnswerGoesToSpringMvc() {
		product();
		product();

		RestAssured.given().accept("application/xml").get("/api/products/{slug}", this.slug).then().statusCode(406);
		RestAssured.given()
			.accept("text/html, application/json;q=0.9")
			.get("/api/products/{slug}", this.slug)
			.then()
			.statusCode(200)
			.contentType("application/json")
			.body("slug", equalTo(this.slug));
		RestAssured.get("/api/products/{slug}", "no-such-" + this.slug)
			.then()
			.statusCode(404)
			.contentType("application/problem+json");
		assertThat(this.catalogCache.responses().getIfPresent("no-such-" + this.slug)).as("a 404 is not kept").isNull();
	}

	private Response product() {
		return RestAssured.get("/api/products/{slug}", this.slug);
	}

	private long productRequests() {
		return this.meters.find("http.server.requests")
			.tag("uri", ProductResponseFilter.PATTERN)
			.tag("method", "GET")
			.timers()
			.stream()
			.mapToLong(Timer::count)
			.sum();
	}

}
