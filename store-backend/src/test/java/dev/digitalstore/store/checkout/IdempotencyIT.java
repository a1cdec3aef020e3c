package dev.digitalstore.store.checkout;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import dev.digitalstore.store.catalog.ProductKind;
import dev.digitalstore.store.testsupport.CommerceIntegrationTest;

import static dev.digitalstore.store.testsupport.CommerceFixtures.checkout;
import static dev.digitalstore.store.testsupport.CommerceFixtures.checkoutBody;
import static dev.digitalstore.store.testsupport.CommerceFixtures.guestCart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

class IdempotencyIT extends CommerceIntegrationTest {

	@Test
	void twentyConcurrentCheckoutsWithOneKeyMakeOneOrderAndOnePayment() throws Exception {
		long software = this.fixtures.product(ProductKind.DOWNLOAD_AND_KEY, 3900);
		this.fixtures.keys(software, 5);
		String cartId = guestCart(software);
		String key = UUID.randomUUID().toString();
		String body = checkoutBody(cartId, "tok_visa");

		List<Response> responses = concurrently(20, () -> checkout(key, body).post("/api/checkout"));

		List<Response> created = responses.stream().filter((response) -> response.statusCode() == 201).toList();
		List<Response> inProgress = responses.stream().filter((response) -> response.statusCode() == 409).toList();
		assertThat(created).isNotEmpty();
		assertThat(created.size() + inProgress.size()).isEqualTo(20);
		byte[] first = created.get(0).asByteArray();
		assertThat(created).allSatisfy((response) -> assertThat(response.asByteArray()).isEqualTo(first));
		assertThat(inProgress).allSatisfy((response) -> assertThat(response.<String>path("type"))
			.isEqualTo("https://digital-store.dev/problems/request-in-progress"));
		assertThat(count("select count(*) from customer_order where cart_id = ?", cartId)).isEqualTo(1);
		assertThat(
				count("select count(*) from payment p join customer_order o on o.id = p.order_id where o.cart_id = ?",
						cartId))
			.isEqualTo(1);
		assertThat(count("select count(*) from licence_key where product_id = ? and status in ('RESERVED', 'ASSIGNED')",
				software))
			.isEqualTo(1);

		Response replay = checkout(key, body).post("/api/checkout");
		replay.then().statusCode(201).header("Idempotent-Replayed", "true").contentType("application/json");
		assertThat(replay.asByteArray()).isEqualTo(first);
		// Formatting is not part of the request's identity: same fields, other
		// whitespace, same answer.
		assertThat(checkout(key, body.replace(", ", ",  ")).post("/api/checkout").asByteArray()).isEqualTo(first);
	}

	@Test
	void aKeyUsedWithAnotherBodyIs422AndChangesNothing() {
		String cartId = guestCart(this.fixtures.product(ProductKind.DOWNLOAD, 700));
		String key = UUID.randomUUID().toString();
		checkout(key, checkoutBody(cartId, "tok_visa")).post("/api/checkout").then().statusCode(201);

		checkout(key, checkoutBody(cartId, "tok_visa").replace("FR", "BE")).post("/api/checkout")
			.then()
			.statusCode(422)
			.body("type", equalTo("https://digital-store.dev/problems/idempotency-key-reused"));
		assertThat(count("select count(*) from customer_order where cart_id = ?", cartId)).isEqualTo(1);
	}

	@Test
	void aMissingBlankOrTooLongKeyIs400() {
		String cartId = guestCart(this.fixtures.product(ProductKind.DOWNLOAD, 700));
		String body = checkoutBody(cartId, "tok_visa");
		RestAssured.given()
			.contentType("application/json")
			.body(body)
			.post("/api/checkout")
			.then()
			.statusCode(400)
			.contentType("application/problem+json")
			.body("type", equalTo("https://digital-store.dev/problems/idempotency-key-required"));
		checkout("   ", body).post("/api/checkout").then().statusCode(400);
		checkout("k".repeat(256), body).post("/api/checkout").then().statusCode(400);
		assertThat(count("select count(*) from customer_order where cart_id = ?", cartId)).isZero();
	}

	@Test
	void aDeclinedCheckoutIsReplayedNotChargedAgain() {
		String cartId = guestCart(this.fixtures.product(ProductKind.DOWNLOAD, 700));
		String key = UUID.randomUUID().toString();
		String body = checkoutBody(cartId, "tok_chargeDeclined");
		byte[] first = checkout(key, body).post("/api/checkout").then().statusCode(402).extract().asByteArray();

		Response replay = checkout(key, body).post("/api/checkout");

		replay.then().statusCode(402).contentType("application/problem+json");
		assertThat(replay.asByteArray()).isEqualTo(first);
		assertThat(count("select count(*) from customer_order where cart_id = ?", cartId)).isEqualTo(1);
	}

	@Test
	void aRequestThatDiedHoldingItsKeyIsTakenOverAfterTheLock() {
		String cartId = guestCart(this.fixtures.product(ProductKind.DOWNLOAD, 700));
		String key = UUID.randomUUID().toString();
		String body = checkoutBody(cartId, "tok_visa");
		// A replica claimed the key, then crashed before writing anything else.
		this.jdbc
			.sql("""
					insert into idempotency_record (scope, idempotency_key, request_hash, status, locked_until, expires_at)
					values (?, ?, sha256(convert_to(?, 'UTF8')), 'IN_PROGRESS', now() + interval '1 minute', now() + interval '1 day')
					""")
			.params("guest:" + cartId, key, "POST /api/checkout\n" + canonicalBody(cartId))
			.update();
		checkout(key, body).post("/api/checkout").then().statusCode(409);

		this.jdbc
			.sql("update idempotency_record set locked_until = now() - interval '1 second' where idempotency_key = ?")
			.param(key)
			.update();

		checkout(key, body).post("/api/checkout").then().statusCode(201);
	}

	private static String canonicalBody(String cartId) {
		return "{\"cartId\":\"" + cartId
				+ "\",\"email\":\"guest@example.com\",\"billingCountry\":\"FR\",\"paymentToken\":\"tok_visa\"}";
	}

	private long count(String sql, Object param) {
		return this.jdbc.sql(sql).param(param).query(Long.class).single();
	}

	static <T> List<T> concurrently(int threads, java.util.concurrent.Callable<T> task) throws Exception {
		ExecutorService executor = Executors.newFixedThreadPool(threads);
		try {
			CountDownLatch ready = new CountDownLatch(threads);
			CountDownLatch go = new CountDownLatch(1);
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < threads; i++) {
				futures.add(executor.submit(() -> {
					ready.countDown();
					go.await();
					return task.call();
				}));
			}
			ready.await();
			go.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(30, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			executor.shutdownNow();
		}
	}

}
