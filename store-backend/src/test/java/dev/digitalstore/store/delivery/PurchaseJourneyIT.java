package dev.digitalstore.store.delivery;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.digitalstore.store.StoreIntegrationTest;
import dev.digitalstore.store.support.AdminProducts;
import dev.digitalstore.store.support.GuestPurchases.Purchase;
import dev.digitalstore.store.support.Mailbox;
import dev.digitalstore.store.support.StatementCounter;
import dev.digitalstore.store.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static dev.digitalstore.store.support.GuestPurchases.awaitStatus;
import static dev.digitalstore.store.support.GuestPurchases.buy;
import static dev.digitalstore.store.support.GuestPurchases.deliveryToken;

/**
 * A guest buys a product with a file and a licence key, through the HTTP API only, and
 * receives both.
 */
@StoreIntegrationTest
class PurchaseJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	TestTokens tokens;

	@Autowired
	GreenMail greenMail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StatementCounter statements;

	String admin;

	String marker;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
		this.admin = this.tokens.mint(1, "ADMIN");
		this.marker = "jr" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	@Test
	void searchBuyPayReceiveTheEmailDownloadAndHitTheLimit() {
		long productId = productWithFileAndKeys("Complete course " + this.marker, "KEY-" + this.marker + "-1",
				"KEY-" + this.marker + "-2");

		// search
		List<Integer> found = RestAssured.given()
			.queryParam("q", "course " + this.marker)
			.get("/api/products")
			.then()
			.statusCode(200)
			.extract()
			.jsonPath()
			.getList("items.id", Integer.class);
		assertThat(found).containsExactly((int) productId);

		// cart and checkout with tok_visa; the simulated provider confirms by webhook
		String email = this.marker + "@buyer.example";
		Purchase purchase = buy(email, productId);

		awaitStatus(purchase, "FULFILLED");

		// the confirmation e-mail has a working download link and the key
		String mail = new Mailbox(this.greenMail).awaitBody(email);
		List<String> tokens = Mailbox.find(mail, "/downloads/([A-Za-z0-9_-]{43})");
		assertThat(tokens).isNotEmpty().allMatch(tokens.get(0)::equals);
		assertThat(mail).contains("KEY-" + this.marker + "-1").contains(purchase.reference());
		assertThat(Mailbox.find(mail, "/orders/" + purchase.reference() + "\\?token=([A-Za-z0-9_-]+)"))
			.contains(purchase.accessToken());

		// the file itself, five times, then no more
		for (int i = 0; i < 5; i++) {
			Response download = RestAssured.get("/api/downloads/{token}", tokens.get(0));
			download.then()
				.statusCode(200)
				.contentType("application/pdf")
				.header("Content-Disposition", org.hamcrest.Matchers.containsString("attachment"))
				.header("Cache-Control", org.hamcrest.Matchers.containsString("no-store"));
			assertThat(download.asByteArray()).isEqualTo(AdminProducts.PDF);
		}
		RestAssured.get("/api/downloads/{token}", tokens.get(0))
			.then()
			.statusCode(410)
			.contentType("application/problem+json")
			.body("reason", equalTo("exhausted"));

		// the order page shows the same delivery
		RestAssured.given()
			.queryParam("token", purchase.accessToken())
			.get("/api/orders/{ref}/delivery", purchase.reference())
			.then()
			.statusCode(200)
			.body("status", equalTo("FULFILLED"))
			.body("downloads", hasSize(1))
			.body("downloads[0].downloadsLeft", equalTo(0))
			.body("downloads[0].usable", equalTo(false))
			.body("licenceKeys[0].key", equalTo("KEY-" + this.marker + "-1"));
	}

	@Test
	void anExpiredLinkIsRefusedWithItsReasonAndAnUnknownOneIsNotFound() {
		long productId = productWithFileAndKeys("Expiring book " + this.marker);
		Purchase purchase = buy(this.marker + "@late.example", productId);
		awaitStatus(purchase, "FULFILLED");
		String token = deliveryToken(purchase);
		this.jdbc
			.sql("update download_grant set expires_at = now() - interval '1 minute' where order_id ="
					+ " (select id from customer_order where reference = ?)")
			.param(purchase.reference())
			.update();

		RestAssured.get("/api/downloads/{token}", token).then().statusCode(410).body("reason", equalTo("expired"));
		RestAssured.get("/api/downloads/{token}", "A".repeat(43)).then().statusCode(404);
		RestAssured.get("/api/downloads/{token}", "short").then().statusCode(404);
	}

	@Test
	void aRefundRevokesTheDownloadsAndTheKeys() {
		long productId = productWithFileAndKeys("Refunded tool " + this.marker, "RK-" + this.marker);
		Purchase purchase = buy(this.marker + "@refund.example", productId);
		awaitStatus(purchase, "FULFILLED");
		String token = deliveryToken(purchase);
		RestAssured.get("/api/downloads/{token}", token).then().statusCode(200);

		RestAssured.given()
			.auth()
			.oauth2(this.admin)
			.post("/api/admin/orders/{ref}/refund", purchase.reference())
			.then()
			.statusCode(200)
			.body("status", equalTo("REFUNDED"));

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> RestAssured.get("/api/downloads/{token}", token)
				.then()
				.statusCode(410)
				.body("reason", equalTo("revoked")));
		RestAssured.given()
			.queryParam("token", purchase.accessToken())
			.get("/api/orders/{ref}/delivery", purchase.reference())
			.then()
			.body("licenceKeys", hasSize(0));
		assertThat(this.jdbc.sql("select status from licence_key where key_value = ?")
			.param("RK-" + this.marker)
			.query(String.class)
			.single()).isEqualTo("REVOKED");
	}

	@Test
	void oneEmailPerOrderEvenWhenItsPaymentIsConfirmedAgain() {
		long productId = productWithFileAndKeys("Single mail " + this.marker);
		String email = this.marker + "@once.example";
		Purchase purchase = buy(email, productId);
		awaitStatus(purchase, "FULFILLED");
		new Mailbox(this.greenMail).awaitBody(email);

		// the outbox already holds the one order.paid message: enqueueing it again is
		// refused by its key
		long orderId = this.jdbc.sql("select id from customer_order where reference = ?")
			.param(purchase.reference())
			.query(Long.class)
			.single();
		assertThat(this.jdbc
			.sql("select count(*) from outbox_message where message_key = ? and topic in"
					+ " ('order.paid', 'delivery.confirmation-mail')")
			.param(Long.toString(orderId))
			.query(Long.class)
			.single()).isEqualTo(2);
		// even a replayed order.paid, handled again, finds the order fulfilled and sends
		// nothing more
		this.jdbc.sql("update outbox_message set processed_at = null where message_key = ? and topic = 'order.paid'")
			.param(Long.toString(orderId))
			.update();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc
				.sql("select processed_at is not null from outbox_message where message_key = ?"
						+ " and topic = 'order.paid'")
				.param(Long.toString(orderId))
				.query(Boolean.class)
				.single());
		assertThat(new Mailbox(this.greenMail).to(email)).hasSize(1);
		assertThat(this.jdbc.sql("select count(*) from download_grant where order_id = ?")
			.param(orderId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anOrdersDeliveryTakesAsManyStatementsForThreeDownloadsAsForOne() {
		Purchase single = buy("single-" + this.marker + "@buyer.example",
				productWithFileAndKeys("Single file " + this.marker));
		Purchase triple = buy("triple-" + this.marker + "@buyer.example",
				productWithFileAndKeys("File one " + this.marker), productWithFileAndKeys("File two " + this.marker),
				productWithFileAndKeys("File three " + this.marker));
		awaitStatus(single, "FULFILLED");
		awaitStatus(triple, "FULFILLED");

		String oneTrace = UUID.randomUUID().toString();
		delivery(single, oneTrace).then().body("downloads", hasSize(1));
		String threeTrace = UUID.randomUUID().toString();
		delivery(triple, threeTrace).then()
			.body("downloads", hasSize(3))
			.body("downloads.fileName", org.hamcrest.Matchers.containsInAnyOrder("file-one-" + this.marker + ".pdf",
					"file-two-" + this.marker + ".pdf", "file-three-" + this.marker + ".pdf"));
		assertThat(this.statements.count(threeTrace)).isEqualTo(this.statements.count(oneTrace));
	}

	private static Response delivery(Purchase purchase, String trace) {
		Response response = RestAssured.given()
			.header(StatementCounter.HEADER, trace)
			.queryParam("token", purchase.accessToken())
			.get("/api/orders/{ref}/delivery", purchase.reference());
		response.then().statusCode(200);
		return response;
	}

	private long productWithFileAndKeys(String title, String... keys) {
		String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
		String kind = (keys.length > 0) ? "DOWNLOAD_AND_KEY" : "DOWNLOAD";
		long id = AdminProducts.create(this.admin, slug, title, "Everything you need.", 4900, "courses", kind);
		AdminProducts.uploadFile(this.admin, id, slug + ".pdf", "application/pdf", AdminProducts.PDF);
		if (keys.length > 0) {
			RestAssured.given()
				.auth()
				.oauth2(this.admin)
				.contentType("text/csv")
				.body(String.join("\n", keys) + "\n")
				.post("/api/admin/products/{id}/licence-keys", id)
				.then()
				.statusCode(200);
		}
		return id;
	}

}
