package dev.digitalstore.store.order;

import java.time.Duration;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.digitalstore.store.catalog.ProductKind;
import dev.digitalstore.store.testsupport.CommerceFixtures;
import dev.digitalstore.store.testsupport.CommerceIntegrationTest;

import static dev.digitalstore.store.testsupport.CommerceFixtures.checkout;
import static dev.digitalstore.store.testsupport.CommerceFixtures.checkoutBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

class OrderAccessIT extends CommerceIntegrationTest {

	@Autowired
	OrderApi orderApi;

	@Test
	void anOrderIsVisibleToItsCustomerItsTokenAndAdminsOnly() {
		CommerceFixtures.Customer alice = this.fixtures.customer(false);
		CommerceFixtures.Customer bob = this.fixtures.customer(false);
		CommerceFixtures.Customer admin = this.fixtures.customer(true);
		Response placed = customerCheckout(alice, this.fixtures.product(ProductKind.DOWNLOAD, 900));
		String reference = placed.path("reference");
		String token = placed.path("accessToken");

		alice.given().get("/api/orders/{reference}", reference).then().statusCode(200);
		admin.given().get("/api/orders/{reference}", reference).then().statusCode(200);
		RestAssured.given().queryParam("token", token).get("/api/orders/{reference}", reference).then().statusCode(200);

		bob.given().get("/api/orders/{reference}", reference).then().statusCode(404);
		RestAssured.get("/api/orders/{reference}", reference).then().statusCode(404);
		RestAssured.given()
			.queryParam("token", token.substring(1) + "A")
			.get("/api/orders/{reference}", reference)
			.then()
			.statusCode(404)
			.contentType("application/problem+json");
		RestAssured.given().queryParam("token", "").get("/api/orders/{reference}", reference).then().statusCode(404);
		bob.given().get("/api/orders/{reference}", "DS-NOSUCHREF").then().statusCode(404);
		bob.given().get("/api/me/orders").then().statusCode(200).body("items", hasSize(0));

		// The token can be derived again (for e-mails) without being stored.
		long orderId = this.jdbc.sql("select id from customer_order where reference = ?")
			.param(reference)
			.query(Long.class)
			.single();
		assertThat(this.orderApi.accessToken(orderId)).isEqualTo(token);
	}

	@Test
	void adminEndpointsRefuseAnonymousCallersAndCustomers() {
		CommerceFixtures.Customer customer = this.fixtures.customer(false);
		for (String path : new String[] { "/api/admin/orders", "/api/admin/orders/DS-ANY", "/api/admin/stats" }) {
			RestAssured.get(path).then().statusCode(401).contentType("application/problem+json");
			customer.given().get(path).then().statusCode(403).contentType("application/problem+json");
		}
		RestAssured.post("/api/admin/orders/DS-ANY/refund").then().statusCode(401);
		customer.given().post("/api/admin/orders/DS-ANY/refund").then().statusCode(403);
		customer.given()
			.contentType("text/csv")
			.body("KEY-1\n")
			.post("/api/admin/products/1/licence-keys")
			.then()
			.statusCode(403);
	}

	@Test
	void adminsSearchOrdersByReferenceEmailAndStatus() {
		CommerceFixtures.Customer admin = this.fixtures.customer(true);
		CommerceFixtures.Customer buyer = this.fixtures.customer(false);
		String reference = customerCheckout(buyer, this.fixtures.product(ProductKind.DOWNLOAD, 900)).path("reference");

		admin.given()
			.queryParam("q", reference.toLowerCase())
			.get("/api/admin/orders")
			.then()
			.statusCode(200)
			.body("items", hasSize(1))
			.body("items[0].reference", equalTo(reference));
		admin.given()
			.queryParam("q", buyer.email().toUpperCase())
			.get("/api/admin/orders")
			.then()
			.body("items.reference", equalTo(java.util.List.of(reference)));
		admin.given()
			.queryParam("status", "CANCELLED")
			.queryParam("size", 100)
			.get("/api/admin/orders")
			.then()
			.body("items.status", everyItem(equalTo("CANCELLED")));
		admin.given().queryParam("status", "NOPE").get("/api/admin/orders").then().statusCode(400);
		admin.given().get("/api/admin/orders/{reference}", reference).then().statusCode(200).body("lines", hasSize(1));
		admin.given().get("/api/admin/orders/{reference}", "DS-NOSUCHREF").then().statusCode(404);
	}

	@Test
	void refundingAPaidOrderRevokesItsKeysAnnouncesItOnceAndIsIdempotent() {
		CommerceFixtures.Customer admin = this.fixtures.customer(true);
		long software = this.fixtures.product(ProductKind.LICENCE_KEY, 3000);
		this.fixtures.keys(software, 2);
		String cartId = CommerceFixtures.guestCart(software);
		String reference = checkout(UUID.randomUUID().toString(), checkoutBody(cartId, "tok_visa"))
			.post("/api/checkout")
			.then()
			.statusCode(201)
			.extract()
			.path("reference");
		admin.given()
			.post("/api/admin/orders/{reference}/refund", reference)
			.then()
			.statusCode(409)
			.body("type", equalTo("https://digital-store.dev/problems/order-not-refundable"));
		// Refund after delivery: the buyer has seen the key, so it is revoked, never sold
		// again.
		await().atMost(Duration.ofSeconds(10))
			.until(() -> "FULFILLED".equals(admin.given().get("/api/admin/orders/{r}", reference).path("status")));
		long orderId = this.jdbc.sql("select id from customer_order where reference = ?")
			.param(reference)
			.query(Long.class)
			.single();

		admin.given()
			.post("/api/admin/orders/{reference}/refund", reference)
			.then()
			.statusCode(200)
			.body("status", equalTo("REFUNDED"));
		admin.given()
			.post("/api/admin/orders/{reference}/refund", reference)
			.then()
			.statusCode(200)
			.body("status", equalTo("REFUNDED"));

		assertThat(this.jdbc.sql("select status from payment where order_id = ?")
			.param(orderId)
			.query(String.class)
			.single()).isEqualTo("REFUNDED");
		assertThat(
				this.jdbc.sql("select count(*) from outbox_message where topic = 'order.refunded' and message_key = ?")
					.param(String.valueOf(orderId))
					.query(Long.class)
					.single())
			.isEqualTo(1);
		assertThat(this.jdbc
			.sql("select count(*) from licence_key where order_id = ? and status in ('RESERVED', 'ASSIGNED')")
			.param(orderId)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from licence_key where order_id = ? and status = 'REVOKED'")
			.param(orderId)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from licence_key where product_id = ? and status = 'AVAILABLE'")
			.param(software)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void statsCountPaidOrdersPerDayWithTopProducts() {
		CommerceFixtures.Customer admin = this.fixtures.customer(true);
		long product = this.fixtures.product(ProductKind.DOWNLOAD, 123_456);
		String cartId = CommerceFixtures.guestCart(product);
		String reference = checkout(UUID.randomUUID().toString(), checkoutBody(cartId, "tok_visa"))
			.post("/api/checkout")
			.then()
			.statusCode(201)
			.extract()
			.path("reference");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> java.util.List.of("PAID", "FULFILLED")
				.contains(admin.given().get("/api/admin/orders/{r}", reference).path("status")));

		admin.given()
			.queryParam("days", 7)
			.get("/api/admin/stats")
			.then()
			.statusCode(200)
			.body("days", hasSize(7))
			.body("days[6].orders", greaterThanOrEqualTo(1))
			.body("days[6].revenue.amountMinor", greaterThanOrEqualTo(123_456))
			.body("topProducts.productId", hasItem((int) product))
			.body("outbox.pending", greaterThanOrEqualTo(0))
			.body("payments.pendingPayment", greaterThanOrEqualTo(0))
			.body("payments.declinedLast24h", greaterThanOrEqualTo(0));
		admin.given().queryParam("days", 0).get("/api/admin/stats").then().statusCode(400);
	}

	private Response customerCheckout(CommerceFixtures.Customer customer, long product) {
		String cartId = customer.given().get("/api/me/cart").then().extract().path("id");
		customer.given()
			.contentType(ContentType.JSON)
			.body("{\"quantity\": 1}")
			.put("/api/carts/{id}/items/{product}", cartId, product)
			.then()
			.statusCode(200);
		Response response = customer.given()
			.contentType(ContentType.JSON)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.body("{\"cartId\": \"%s\", \"billingCountry\": \"FR\", \"paymentToken\": \"tok_visa\"}".formatted(cartId))
			.post("/api/checkout");
		response.then().statusCode(201);
		return response;
	}

}
