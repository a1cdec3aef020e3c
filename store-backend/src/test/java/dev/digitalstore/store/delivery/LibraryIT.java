package dev.digitalstore.store.delivery;

import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.digitalstore.store.ApiClient;
import dev.digitalstore.store.StoreIntegrationTest;
import dev.digitalstore.store.support.AdminProducts;
import dev.digitalstore.store.support.GuestPurchases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * A signed-in customer's purchases: only theirs, with downloads left, keys, and renewable
 * links.
 */
@StoreIntegrationTest
class LibraryIT {

	static final byte[] ZIP = { 'P', 'K', 3, 4, 'd', 'e', 'm', 'o' };

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	dev.digitalstore.store.support.StatementCounter statements;

	String admin;

	String marker;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
		this.admin = ApiClient.adminToken();
		this.marker = "lb" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	@Test
	void aCustomersLibraryListsTheirPurchasesAndNobodyElseReachesThem() {
		String alice = ApiClient.registerAndSignIn(ApiClient.uniqueEmail("alice"));
		String bob = ApiClient.registerAndSignIn(ApiClient.uniqueEmail("bob"));
		long productId = product("Toolkit " + this.marker, "LK-" + this.marker);

		String reference = buyAs(alice, productId);
		GuestPurchases.awaitFulfilled(reference, alice);

		Response library = ApiClient.as(alice).get("/api/me/library");
		library.then()
			.statusCode(200)
			.body("find { it.orderReference == '%s' }.licenceKeys[0]".formatted(reference),
					equalTo("LK-" + this.marker))
			.body("find { it.orderReference == '%s' }.download.downloadsLeft".formatted(reference), equalTo(5));
		String token = library.path("find { it.orderReference == '%s' }.download.token".formatted(reference));
		byte[] file = RestAssured.get("/api/downloads/{token}", token).then().statusCode(200).extract().asByteArray();
		assertThat(file).isEqualTo(ZIP);

		ApiClient.as(bob)
			.get("/api/me/library")
			.then()
			.statusCode(200)
			.body("orderReference", not(org.hamcrest.Matchers.hasItem(reference)));
		ApiClient.as(bob).get("/api/orders/{ref}", reference).then().statusCode(404);
		ApiClient.as(bob).get("/api/orders/{ref}/delivery", reference).then().statusCode(404);
		RestAssured.get("/api/orders/{ref}/delivery", reference).then().statusCode(404);
		RestAssured.get("/api/me/library").then().statusCode(401);
	}

	@Test
	void anExpiredLinkIsRenewedForItsOwnerWithTheDownloadsLeft() {
		String alice = ApiClient.registerAndSignIn(ApiClient.uniqueEmail("renew"));
		String bob = ApiClient.registerAndSignIn(ApiClient.uniqueEmail("other"));
		long productId = product("Renewable " + this.marker);
		String reference = buyAs(alice, productId);
		GuestPurchases.awaitFulfilled(reference, alice);
		Response library = ApiClient.as(alice).get("/api/me/library");
		String oldToken = library.path("find { it.orderReference == '%s' }.download.token".formatted(reference));
		int lineId = library.path("find { it.orderReference == '%s' }.orderLineId".formatted(reference));
		RestAssured.get("/api/downloads/{token}", oldToken).then().statusCode(200);
		this.jdbc.sql("update download_grant set expires_at = now() - interval '1 hour' where order_line_id = ?")
			.param(lineId)
			.update();

		ApiClient.as(bob).post("/api/me/library/{line}/renew", lineId).then().statusCode(404);
		Response renewed = ApiClient.as(alice).post("/api/me/library/{line}/renew", lineId);
		renewed.then()
			.statusCode(200)
			.body("download.downloadsLeft", equalTo(4))
			.body("download.usable", equalTo(true));
		String newToken = renewed.path("download.token");
		assertThat(newToken).isNotEqualTo(oldToken);
		RestAssured.get("/api/downloads/{token}", oldToken).then().statusCode(404);
		RestAssured.get("/api/downloads/{token}", newToken).then().statusCode(200);
	}

	@Test
	void theLibraryIsOneStatementHoweverManyPurchases() {
		String alice = ApiClient.registerAndSignIn(ApiClient.uniqueEmail("budget"));
		for (int i = 0; i < 3; i++) {
			String reference = buyAs(alice, product("Budget " + i + " " + this.marker, "BK-" + i + this.marker));
			GuestPurchases.awaitFulfilled(reference, alice);
		}
		String id = UUID.randomUUID().toString();
		ApiClient.as(alice)
			.header(dev.digitalstore.store.support.StatementCounter.HEADER, id)
			.get("/api/me/library")
			.then()
			.statusCode(200)
			.body("$", hasSize(3));
		assertThat(this.statements.count(id)).isLessThanOrEqualTo(2);
	}

	private long product(String title, String... keys) {
		String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
		long id = AdminProducts.create(this.admin, slug, title, "Tools.", 1900, "software",
				(keys.length > 0) ? "DOWNLOAD_AND_KEY" : "DOWNLOAD");
		AdminProducts.uploadFile(this.admin, id, slug + ".zip", "application/zip", ZIP);
		if (keys.length > 0) {
			RestAssured.given()
				.auth()
				.oauth2(this.admin)
				.contentType("text/csv")
				.body(String.join("\n", keys))
				.post("/api/admin/products/{id}/licence-keys", id)
				.then()
				.statusCode(200);
		}
		return id;
	}

	private static String buyAs(String token, long productId) {
		String cartId = ApiClient.as(token).get("/api/me/cart").then().statusCode(200).extract().path("id");
		ApiClient.as(token)
			.contentType(ContentType.JSON)
			.body("{\"quantity\": 1}")
			.put("/api/carts/{cart}/items/{product}", cartId, productId)
			.then()
			.statusCode(200);
		return ApiClient.as(token)
			.contentType(ContentType.JSON)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.body("{\"cartId\": \"%s\", \"billingCountry\": \"DE\", \"paymentToken\": \"tok_visa\"}".formatted(cartId))
			.post("/api/checkout")
			.then()
			.statusCode(201)
			.extract()
			.path("reference");
	}

}
