package dev.digitalstore.store.payment;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import dev.digitalstore.store.catalog.ProductKind;
import dev.digitalstore.store.testsupport.CommerceIntegrationTest;

import static dev.digitalstore.store.testsupport.CommerceFixtures.checkout;
import static dev.digitalstore.store.testsupport.CommerceFixtures.checkoutBody;
import static dev.digitalstore.store.testsupport.CommerceFixtures.guestCart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

class WebhookIT extends CommerceIntegrationTest {

	@Autowired
	PaymentReconciliation reconciliation;

	@Value("${store.payment.webhook-secret}")
	String secret;

	@Test
	void everyEventDeliveredThreeTimesInAnyOrderPaysTheOrderOnce() {
		Order order = orderAwaitingWebhook();
		String succeeded = event("evt_" + UUID.randomUUID(), "payment_intent.succeeded", order);
		String succeededAgain = event("evt_" + UUID.randomUUID(), "payment_intent.succeeded", order);
		String unrelated = event("evt_" + UUID.randomUUID(), "charge.updated", order);
		List<String> deliveries = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			deliveries.addAll(List.of(succeeded, succeededAgain, unrelated));
		}
		Collections.shuffle(deliveries);

		for (String delivery : deliveries) {
			post(delivery, sign(delivery, Instant.now())).then().statusCode(200).body("received", equalTo(true));
		}

		// Delivery moves a paid order on to FULFILLED at once.
		assertThat(status(order)).isIn("PAID", "FULFILLED");
		assertThat(count("select count(*) from outbox_message where topic = 'order.paid' and message_key = ?",
				String.valueOf(order.id())))
			.isEqualTo(1);
		assertThat(count("select count(*) from payment where order_id = ? and status = 'SUCCEEDED'", order.id()))
			.isEqualTo(1);
		assertThat(count("select count(*) from payment_webhook_event where event_id like 'evt_%' and event_id = any(?)",
				new org.springframework.jdbc.support.SqlArrayValue("varchar",
						new Object[] { idOf(succeeded), idOf(succeededAgain), idOf(unrelated) })))
			.isEqualTo(3);
	}

	@Test
	void unsignedWronglySignedOrStaleEventsAre400AndChangeNothing() {
		Order order = orderAwaitingWebhook();
		String event = event("evt_" + UUID.randomUUID(), "payment_intent.succeeded", order);

		post(event, null).then()
			.statusCode(400)
			.contentType("application/problem+json")
			.body("type", equalTo("https://digital-store.dev/problems/invalid-webhook"));
		String signature = sign(event, Instant.now());
		char last = signature.charAt(signature.length() - 1);
		String tampered = signature.substring(0, signature.length() - 1) + ((last == '0') ? '1' : '0');
		post(event, tampered).then().statusCode(400);
		post(event.replace("\"amountMinor\":", "\"amountMinor\": 1"), signature).then().statusCode(400);
		post(event, "t=" + Instant.now().getEpochSecond() + ",v1=").then().statusCode(400);
		post(event, sign(event, Instant.now().minusSeconds(301))).then().statusCode(400);
		post(event, sign(event, Instant.now().plusSeconds(301))).then().statusCode(400);

		assertThat(status(order)).isEqualTo("PENDING_PAYMENT");
		assertThat(count("select count(*) from payment_webhook_event where event_id = ?", idOf(event))).isZero();

		// Still applied once it arrives properly signed, within the tolerance.
		post(event, sign(event, Instant.now().minusSeconds(250))).then().statusCode(200);
		// Delivery moves a paid order on to FULFILLED at once.
		assertThat(status(order)).isIn("PAID", "FULFILLED");
	}

	@Test
	void theSimulatedProvidersOwnWebhookIsAcceptedAndDuplicatesIgnored() {
		String cartId = guestCart(this.fixtures.product(ProductKind.DOWNLOAD, 100));
		String reference = checkout(UUID.randomUUID().toString(), checkoutBody(cartId, "tok_visa"))
			.post("/api/checkout")
			.then()
			.statusCode(201)
			.extract()
			.path("reference");
		await().atMost(Duration.ofSeconds(10))
			.until(() -> java.util.List.of("PAID", "FULFILLED")
				.contains(this.jdbc.sql("select status from customer_order where reference = ?")
					.param(reference)
					.query(String.class)
					.single()));
	}

	@Test
	void aLostWebhookIsMadeUpForByReconciliation() {
		Order order = orderAwaitingWebhook();
		// Younger than the grace period: left alone, its webhook may still come.
		this.reconciliation.confirmProcessing(Instant.now().minusSeconds(60));
		assertThat(status(order)).isEqualTo("PENDING_PAYMENT");

		this.jdbc.sql("update payment set created_at = now() - interval '2 minutes' where order_id = ?")
			.param(order.id())
			.update();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			this.reconciliation.confirmProcessing(Instant.now().minusSeconds(60));
			// Delivery moves a paid order on to FULFILLED at once.
			assertThat(status(order)).isIn("PAID", "FULFILLED");
		});
		assertThat(count("select count(*) from outbox_message where topic = 'order.paid' and message_key = ?",
				String.valueOf(order.id())))
			.isEqualTo(1);

		// A late webhook after reconciliation changes nothing more.
		String late = event("evt_" + UUID.randomUUID(), "payment_intent.succeeded", order);
		post(late, sign(late, Instant.now())).then().statusCode(200);
		assertThat(count("select count(*) from outbox_message where topic = 'order.paid' and message_key = ?",
				String.valueOf(order.id())))
			.isEqualTo(1);
	}

	@Test
	void ordersLeftUnpaidPastTheTimeoutAreCancelledAndTheirKeysReleased() {
		long software = this.fixtures.product(ProductKind.LICENCE_KEY, 800);
		this.fixtures.keys(software, 1);
		String cartId = guestCart(software);
		Order order = orderAwaitingWebhook(cartId);
		this.jdbc.sql("update customer_order set created_at = now() - interval '31 minutes' where id = ?")
			.param(order.id())
			.update();
		// The provider never confirmed it (as if its confirmation were stuck): expire it
		// there too.
		this.jdbc.sql("update payment set provider_payment_id = ? where order_id = ?")
			.params("pi_sim_unknown_" + UUID.randomUUID(), order.id())
			.update();

		this.reconciliation.cancelUnpaid(Instant.now().minus(Duration.ofMinutes(30)));

		assertThat(status(order)).isEqualTo("CANCELLED");
		assertThat(count("select count(*) from licence_key where product_id = ? and status = 'AVAILABLE'", software))
			.isEqualTo(1);
		assertThat(count("select count(*) from payment where order_id = ? and status = 'DECLINED'", order.id()))
			.isEqualTo(1);
		assertThat(count("select count(*) from cart where id = ? and status = 'CHECKED_OUT'", cartId)).isEqualTo(1);
	}

	private Order orderAwaitingWebhook() {
		return orderAwaitingWebhook(guestCart(this.fixtures.product(ProductKind.DOWNLOAD, 4200)));
	}

	private Order orderAwaitingWebhook(String cartId) {
		String reference = checkout(UUID.randomUUID().toString(), checkoutBody(cartId, "tok_visaWebhookLost"))
			.post("/api/checkout")
			.then()
			.statusCode(201)
			.extract()
			.path("reference");
		return this.jdbc.sql("""
				select o.id, o.reference, p.provider_payment_id, o.total_minor
				from customer_order o join payment p on p.order_id = o.id where o.reference = ?
				""")
			.param(reference)
			.query((rs, row) -> new Order(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
			.single();
	}

	private String event(String id, String type, Order order) {
		return """
				{"id":"%s","type":"%s","created":%d,"data":{"paymentId":"%s","orderReference":"%s","amountMinor":%d,"currency":"EUR"}}"""
			.formatted(id, type, Instant.now().getEpochSecond(), order.paymentId(), order.reference(),
					order.totalMinor());
	}

	private String sign(String body, Instant at) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			String signed = at.getEpochSecond() + "." + body;
			return "t=" + at.getEpochSecond() + ",v1="
					+ HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private io.restassured.response.Response post(String body, String signature) {
		var request = RestAssured.given().contentType(ContentType.JSON).body(body.getBytes(StandardCharsets.UTF_8));
		if (signature != null) {
			request.header("Store-Signature", signature);
		}
		return request.post("/api/payments/webhooks/simulated");
	}

	private String status(Order order) {
		return this.jdbc.sql("select status from customer_order where id = ?")
			.param(order.id())
			.query(String.class)
			.single();
	}

	private long count(String sql, Object param) {
		return this.jdbc.sql(sql).param(param).query(Long.class).single();
	}

	private static String idOf(String event) {
		return event.substring(7, event.indexOf('"', 7));
	}

	record Order(long id, String reference, String paymentId, long totalMinor) {

	}

}
