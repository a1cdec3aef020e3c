package dev.digitalstore.store.checkout;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.digitalstore.store.catalog.ProductKind;
import dev.digitalstore.store.testsupport.CommerceFixtures;
import dev.digitalstore.store.testsupport.CommerceIntegrationTest;

import static dev.digitalstore.store.testsupport.CommerceFixtures.checkout;
import static dev.digitalstore.store.testsupport.CommerceFixtures.checkoutBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

class CheckoutIT extends CommerceIntegrationTest {

	@Test
	void guestBuysWithTestVisaAndTheWebhookMarksTheOrderPaidWithOneOutboxMessage() {
		long ebook = this.fixtures.product(ProductKind.DOWNLOAD, 1999);
		long software = this.fixtures.product(ProductKind.LICENCE_KEY, 4900);
		this.fixtures.keys(software, 3);
		String cartId = CommerceFixtures.guestCart(ebook, software);

		Response created = checkout(key(), checkoutBody(cartId, "tok_visa")).post("/api/checkout");

		created.then()
			.statusCode(201)
			.contentType(ContentType.JSON)
			.body("reference", matchesPattern("DS-[2-9A-HJ-NP-Z]{10}"))
			.body("status", equalTo("PENDING_PAYMENT"))
			.body("email", equalTo("guest@example.com"))
			.body("billingCountry", equalTo("FR"))
			.body("total.amountMinor", equalTo(6899))
			.body("total.currency", equalTo("EUR"))
			.body("lines", hasSize(2))
			.body("accessToken", notNullValue());
		String reference = created.path("reference");
		String token = created.path("accessToken");

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> RestAssured.given()
				.queryParam("token", token)
				.get("/api/orders/{reference}", reference)
				.then()
				.statusCode(200)
				.body("status", org.hamcrest.Matchers.oneOf("PAID", "FULFILLED"))
				.body("paidAt", notNullValue())
				.body("accessToken", equalTo(null)));
		long orderId = orderId(reference);
		assertThat(outboxMessages("order.paid", orderId)).isEqualTo(1);
		assertThat(this.jdbc.sql("select status from payment where order_id = ?")
			.param(orderId)
			.query(String.class)
			.single()).isEqualTo("SUCCEEDED");
		// The reserved key is assigned when delivery fulfils the paid order.
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(keyStatuses(orderId)).containsExactly(Map.entry("ASSIGNED", 1L)));
		assertThat(cartStatus(cartId)).isEqualTo("CHECKED_OUT");
		RestAssured.get("/api/carts/{id}", cartId).then().statusCode(404);
	}

	@Test
	void declinedCardAnswers402CancelsTheOrderReleasesItsKeysAndKeepsTheCart() {
		long software = this.fixtures.product(ProductKind.LICENCE_KEY, 2500);
		this.fixtures.keys(software, 1);
		String cartId = CommerceFixtures.guestCart(software);

		Response declined = checkout(key(), checkoutBody(cartId, "tok_chargeDeclinedInsufficientFunds"))
			.post("/api/checkout");

		declined.then()
			.statusCode(402)
			.contentType("application/problem+json")
			.body("type", equalTo("https://digital-store.dev/problems/payment-declined"))
			.body("declineCode", equalTo("insufficient_funds"))
			.body("detail", equalTo("Your card has insufficient funds."));
		long orderId = orderId(declined.path("orderReference"));
		assertThat(orderStatus(orderId)).isEqualTo("CANCELLED");
		assertThat(keyStatuses(orderId)).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from licence_key where product_id = ? and status = 'AVAILABLE'")
			.param(software)
			.query(Long.class)
			.single()).isEqualTo(1);
		RestAssured.get("/api/carts/{id}", cartId)
			.then()
			.statusCode(200)
			.body("items.productId", hasItem((int) software))
			.body("items[0].quantity", equalTo(1));
		assertThat(cartStatus(cartId)).isEqualTo("OPEN");

		// The cart is still usable: the buyer tries another card (new key) and succeeds.
		checkout(key(), checkoutBody(cartId, "tok_visa")).post("/api/checkout").then().statusCode(201);
	}

	@Test
	void genericDeclineUsesTheCardDeclinedCode() {
		String cartId = CommerceFixtures.guestCart(this.fixtures.product(ProductKind.DOWNLOAD, 990));
		checkout(key(), checkoutBody(cartId, "tok_chargeDeclined")).post("/api/checkout")
			.then()
			.statusCode(402)
			.body("declineCode", equalTo("card_declined"))
			.body("detail", equalTo("Your card was declined."));
	}

	@Test
	void unknownPaymentTokenIsRefusedAndTheKeyCanBeReusedWithACorrectedBody() {
		String cartId = CommerceFixtures.guestCart(this.fixtures.product(ProductKind.DOWNLOAD, 990));
		String key = key();
		checkout(key, checkoutBody(cartId, "tok_unknown")).post("/api/checkout")
			.then()
			.statusCode(400)
			.body("type", equalTo("https://digital-store.dev/problems/invalid-payment-method"));
		checkout(key, checkoutBody(cartId, "tok_visa")).post("/api/checkout").then().statusCode(201);
	}

	@Test
	void signedInCustomerMayLeaveOutTheEmailAndSeesTheOrderInTheirList() {
		CommerceFixtures.Customer customer = this.fixtures.customer(false);
		long product = this.fixtures.product(ProductKind.DOWNLOAD, 1500);
		String cartId = customer.given().get("/api/me/cart").then().statusCode(200).extract().path("id");
		customer.given()
			.contentType(ContentType.JSON)
			.body("{\"quantity\": 2}")
			.put("/api/carts/{cart}/items/{product}", cartId, product)
			.then()
			.statusCode(200);

		String reference = customer.given()
			.contentType(ContentType.JSON)
			.header("Idempotency-Key", key())
			.body("{\"cartId\": \"%s\", \"billingCountry\": \"DE\", \"paymentToken\": \"tok_visa\"}".formatted(cartId))
			.post("/api/checkout")
			.then()
			.statusCode(201)
			.body("email", equalTo(customer.email()))
			.body("total.amountMinor", equalTo(3000))
			.extract()
			.path("reference");

		customer.given().get("/api/orders/{reference}", reference).then().statusCode(200);
		customer.given()
			.get("/api/me/orders")
			.then()
			.statusCode(200)
			.body("items", hasSize(1))
			.body("items[0].reference", equalTo(reference))
			.body("totalItems", equalTo(1));
	}

	@Test
	void inactiveProductsBlockTheCheckoutAndNothingIsStored() {
		long product = this.fixtures.product(ProductKind.DOWNLOAD, 1500);
		String cartId = CommerceFixtures.guestCart(product);
		this.fixtures.deactivate(product);
		RestAssured.get("/api/carts/{id}", cartId)
			.then()
			.body("items[0].available", equalTo(false))
			.body("total.amountMinor", equalTo(0));

		checkout(key(), checkoutBody(cartId, "tok_visa")).post("/api/checkout")
			.then()
			.statusCode(409)
			.body("type", equalTo("https://digital-store.dev/problems/items-unavailable"));
		assertThat(ordersOfCart(cartId)).isZero();
	}

	@Test
	void productsInAnotherCurrencyAreRefused() {
		long product = this.fixtures.product(ProductKind.DOWNLOAD, 1500, "USD");
		String cartId = CommerceFixtures.guestCart(product);
		checkout(key(), checkoutBody(cartId, "tok_visa")).post("/api/checkout")
			.then()
			.statusCode(422)
			.body("type", equalTo("https://digital-store.dev/problems/currency-mismatch"));
		assertThat(ordersOfCart(cartId)).isZero();
	}

	@Test
	void badInputIsAProblemAndStoresNothing() {
		String cartId = CommerceFixtures.guestCart(this.fixtures.product(ProductKind.DOWNLOAD, 500));
		String key = key();
		checkout(key,
				"{\"cartId\": \"%s\", \"email\": \"a@example.com\", \"billingCountry\": \"XX\", \"paymentToken\": \"tok_visa\"}"
					.formatted(cartId))
			.post("/api/checkout")
			.then()
			.statusCode(400)
			.body("errors.field", hasItem("billingCountry"));
		checkout(key,
				"{\"cartId\": \"%s\", \"email\": \"a@example.com\", \"billingCountry\": \"fr\", \"paymentToken\": \"tok_visa\"}"
					.formatted(cartId))
			.post("/api/checkout")
			.then()
			.statusCode(400)
			.body("errors.field", hasItem("billingCountry"));
		checkout(key,
				"{\"cartId\": \"%s\", \"billingCountry\": \"FR\", \"paymentToken\": \"tok_visa\"}".formatted(cartId))
			.post("/api/checkout")
			.then()
			.statusCode(400)
			.body("errors.field", hasItem("email"));
		checkout(key,
				"{\"cartId\": \"%s\", \"email\": \"not-an-email\", \"billingCountry\": \"FR\", \"paymentToken\": \"tok_visa\"}"
					.formatted(cartId))
			.post("/api/checkout")
			.then()
			.statusCode(400)
			.body("errors.field", hasItem("email"));
		checkout(key, "{\"cartId\": ").post("/api/checkout")
			.then()
			.statusCode(400)
			.contentType("application/problem+json")
			.body("type", equalTo("https://digital-store.dev/problems/malformed-request"));
		checkout(key, checkoutBody(cartId, "tok_visa").replace("}", ", \"discount\": 100}")).post("/api/checkout")
			.then()
			.statusCode(400)
			.body("detail", org.hamcrest.Matchers.containsString("discount"));

		assertThat(ordersOfCart(cartId)).isZero();
		assertThat(this.jdbc.sql("select count(*) from idempotency_record where idempotency_key = ?")
			.param(key)
			.query(Long.class)
			.single()).isZero();
		// Nothing was claimed: the same key still works for a valid request.
		checkout(key, checkoutBody(cartId, "tok_visa")).post("/api/checkout").then().statusCode(201);
	}

	@Test
	void unknownOrEmptyCartsAreRefused() {
		checkout(key(), checkoutBody("no-such-cart", "tok_visa")).post("/api/checkout").then().statusCode(404);
		String empty = CommerceFixtures.guestCart();
		checkout(key(), checkoutBody(empty, "tok_visa")).post("/api/checkout")
			.then()
			.statusCode(422)
			.body("type", equalTo("https://digital-store.dev/problems/cart-empty"));
	}

	@Test
	void testCardsAreListed() {
		RestAssured.get("/api/payments/test-cards")
			.then()
			.statusCode(200)
			.body("token", hasItem("tok_visa"))
			.body("token", hasItem("tok_chargeDeclined"))
			.body("token", hasItem("tok_chargeDeclinedInsufficientFunds"));
	}

	private static String key() {
		return UUID.randomUUID().toString();
	}

	private long orderId(String reference) {
		return this.jdbc.sql("select id from customer_order where reference = ?")
			.param(reference)
			.query(Long.class)
			.single();
	}

	private String orderStatus(long orderId) {
		return this.jdbc.sql("select status from customer_order where id = ?")
			.param(orderId)
			.query(String.class)
			.single();
	}

	private String cartStatus(String cartId) {
		return this.jdbc.sql("select status from cart where id = ?").param(cartId).query(String.class).single();
	}

	private long ordersOfCart(String cartId) {
		return this.jdbc.sql("select count(*) from customer_order where cart_id = ?")
			.param(cartId)
			.query(Long.class)
			.single();
	}

	private long outboxMessages(String topic, long orderId) {
		return this.jdbc.sql("select count(*) from outbox_message where topic = ? and message_key = ?")
			.params(topic, String.valueOf(orderId))
			.query(Long.class)
			.single();
	}

	private Map<String, Long> keyStatuses(long orderId) {
		Map<String, Long> statuses = new java.util.TreeMap<>();
		this.jdbc.sql("select status, count(*) as n from licence_key where order_id = ? group by status")
			.param(orderId)
			.query((rs, row) -> statuses.put(rs.getString("status"), rs.getLong("n")))
			.list();
		return statuses;
	}

}
