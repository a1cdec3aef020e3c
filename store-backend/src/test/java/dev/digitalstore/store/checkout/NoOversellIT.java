package dev.digitalstore.store.checkout;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import io.micrometer.core.instrument.MeterRegistry;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.support.SqlArrayValue;

import dev.digitalstore.store.catalog.ProductKind;
import dev.digitalstore.store.testsupport.CommerceIntegrationTest;

import static dev.digitalstore.store.testsupport.CommerceFixtures.checkout;
import static dev.digitalstore.store.testsupport.CommerceFixtures.checkoutBody;
import static dev.digitalstore.store.testsupport.CommerceFixtures.guestCart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class NoOversellIT extends CommerceIntegrationTest {

	@Autowired
	MeterRegistry meters;

	@Test
	void fiftyBuyersForTenKeysMakeTenPaidOrdersAndFortyRefusals() throws Exception {
		long software = this.fixtures.product(ProductKind.LICENCE_KEY, 1200);
		List<String> pool = this.fixtures.keys(software, 10);
		List<String> carts = IntStream.range(0, 50).mapToObj((i) -> guestCart(software)).toList();
		List<String> bodies = carts.stream().map((cart) -> checkoutBody(cart, "tok_visa")).toList();
		AtomicInteger index = new AtomicInteger();
		double outOfStockBefore = outOfStock();

		List<Response> responses = IdempotencyIT.concurrently(50,
				() -> checkout(UUID.randomUUID().toString(), bodies.get(index.getAndIncrement()))
					.post("/api/checkout"));

		assertThat(responses.stream().filter((response) -> response.statusCode() == 201)).hasSize(10);
		List<Response> refused = responses.stream().filter((response) -> response.statusCode() != 201).toList();
		assertThat(refused).hasSize(40).allSatisfy((response) -> {
			assertThat(response.statusCode()).isEqualTo(409);
			assertThat(response.<String>path("type")).isEqualTo("https://digital-store.dev/problems/out-of-stock");
		});
		assertThat(outOfStock() - outOfStockBefore).as("store.orders.failed{reason=out_of_stock}").isEqualTo(40);
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(count("""
				select count(*) from customer_order o join order_line l on l.order_id = o.id
				where l.product_id = ? and o.status in ('PAID', 'FULFILLED')
				""", software)).isEqualTo(10));
		assertThat(count(
				"select count(*) from customer_order o join order_line l on l.order_id = o.id where l.product_id = ?",
				software))
			.isEqualTo(10);
		assertThat(count("""
				select count(*) from payment p join order_line l on l.order_id = p.order_id where l.product_id = ?
				""", software)).isEqualTo(10);
		List<String> reserved = this.jdbc.sql(
				"select key_value from licence_key where product_id = ? and status in ('RESERVED', 'ASSIGNED') and order_id is not null")
			.param(software)
			.query(String.class)
			.list();
		assertThat(reserved).hasSize(10).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(pool);
		assertThat(count("select count(distinct order_id) from licence_key where product_id = ?", software))
			.isEqualTo(10);
		assertThat(count("select count(*) from cart where id = any(?) and status = 'OPEN'",
				new SqlArrayValue("varchar", carts.toArray())))
			.isEqualTo(40);
	}

	private double outOfStock() {
		var counter = this.meters.find("store.orders.failed").tag("reason", "out_of_stock").counter();
		return (counter != null) ? counter.count() : 0;
	}

	private long count(String sql, Object param) {
		return this.jdbc.sql(sql).param(param).query(Long.class).single();
	}

}
