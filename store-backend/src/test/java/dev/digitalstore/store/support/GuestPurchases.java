package dev.digitalstore.store.support;

import java.time.Duration;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.response.Response;

import dev.digitalstore.store.testsupport.CommerceFixtures;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A guest's purchase through the HTTP API, as a shop would make it: a cart, a checkout
 * paid with the simulated provider's accepting card, then waiting for the order's status
 * and reading its delivery.
 */
public final class GuestPurchases {

	private GuestPurchases() {
	}

	/** Buys one of each product and returns the order, still waiting for its payment. */
	public static Purchase buy(String email, long... productIds) {
		String cartId = CommerceFixtures.guestCart(productIds);
		Response checkout = CommerceFixtures
			.checkout(UUID.randomUUID().toString(), CommerceFixtures.checkoutBody(cartId, email, "tok_visa"))
			.post("/api/checkout");
		checkout.then().statusCode(201).body("status", equalTo("PENDING_PAYMENT"));
		return new Purchase(checkout.path("reference"), checkout.path("accessToken"));
	}

	/** Waits until the order, read with its guest access token, has the status. */
	public static void awaitStatus(Purchase purchase, String status) {
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> RestAssured.given()
				.queryParam("token", purchase.accessToken())
				.get("/api/orders/{ref}", purchase.reference())
				.then()
				.statusCode(200)
				.body("status", equalTo(status)));
	}

	/** Waits until a signed-in customer's order is fulfilled. */
	public static void awaitFulfilled(String reference, String bearerToken) {
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> RestAssured.given()
				.auth()
				.oauth2(bearerToken)
				.get("/api/orders/{ref}", reference)
				.then()
				.statusCode(200)
				.body("status", equalTo("FULFILLED")));
	}

	/** The token of the order's first download. */
	public static String deliveryToken(Purchase purchase) {
		return RestAssured.given()
			.queryParam("token", purchase.accessToken())
			.get("/api/orders/{ref}/delivery", purchase.reference())
			.then()
			.statusCode(200)
			.extract()
			.path("downloads[0].token");
	}

	/** An order's reference and the access token its guest buyer got. */
	public record Purchase(String reference, String accessToken) {
	}

}
