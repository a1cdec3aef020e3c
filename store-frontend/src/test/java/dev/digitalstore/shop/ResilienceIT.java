package dev.digitalstore.shop;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.digitalstore.shop.fakes.FakeBackend;
import dev.digitalstore.shop.fakes.FakeOrderBook;
import dev.digitalstore.shop.pages.ShopHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** When the API is down, and when the Pay button is clicked twice. */
@ShopIntegrationTest
class ResilienceIT {

	@LocalServerPort
	int port;

	@Autowired
	FakeBackend backend;

	@Autowired
	FakeOrderBook orders;

	@Test
	void aBackendOutageShowsAFriendly503PageAndNoStackTrace() {
		this.backend.outage(true);
		try {
			HttpResponse<String> page = new ShopHttp("http://localhost:" + this.port).get("/catalog");
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.body()).contains("The shop is taking a break", "your cart is safe")
				.doesNotContain("Exception")
				.doesNotContain("at dev.digitalstore");
		}
		finally {
			this.backend.outage(false);
		}
	}

	@Test
	void payingTwiceWithTheSameFormPlacesOneOrder() {
		ShopHttp shopper = new ShopHttp("http://localhost:" + this.port);
		shopper.postWithCsrf("/products/sql-cookbook", "/cart/items",
				Map.of("productId", String.valueOf(this.backend.productBySlug("sql-cookbook").id)));
		String page = shopper.get("/checkout").body();
		String key = page.replaceAll("(?s).*name=\"idempotencyKey\" value=\"([^\"]+)\".*", "$1");
		String email = "twice-" + UUID.randomUUID() + "@example.test";
		Map<String, String> form = Map.of("_csrf", ShopHttp.csrfToken(page), "idempotencyKey", key, "cartId",
				page.replaceAll("(?s).*name=\"cartId\" value=\"([^\"]+)\".*", "$1"), "email", email, "billingCountry",
				"FR", "paymentToken", "tok_visa");

		HttpResponse<String> first = shopper.post("/checkout", form);
		HttpResponse<String> second = shopper.post("/checkout", form);
		assertThat(first.statusCode()).isEqualTo(303);
		assertThat(second.statusCode()).isEqualTo(303);
		assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
		assertThat(this.orders.countFor(email)).isEqualTo(1);
	}

}
