package dev.digitalstore.shop;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.digitalstore.shop.fakes.FakeBackend;
import dev.digitalstore.shop.pages.ShopHttp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guest's browsing costs the sessions' database nothing: no session is created until
 * something needs server-side state (signing in, a guest's order, a form's notice).
 */
@ShopIntegrationTest
class AnonymousBrowsingIT {

	@LocalServerPort
	int port;

	@Autowired
	FakeBackend backend;

	@Autowired
	JdbcTemplate jdbc;

	private ShopHttp visitor;

	@BeforeEach
	void newVisitor() {
		this.visitor = new ShopHttp("http://localhost:" + this.port);
	}

	@Test
	void browsingCreatesNoSessionAndTheCartStillWorks() {
		long sessionsBefore = sessions();
		List<HttpResponse<String>> pages = new ArrayList<>();
		for (String path : List.of("/", "/catalog", "/catalog?page=1", "/catalog?q=kotlin", "/products/kotlin-in-depth",
				"/products/night-drive", "/?lang=fr", "/sign-in", "/register", "/cart")) {
			pages.add(this.visitor.get(path));
		}
		assertThat(pages).extracting(HttpResponse::statusCode).containsOnly(200);
		assertThat(pages).flatExtracting(ShopHttp::setCookies)
			.noneSatisfy((cookie) -> assertThat(cookie).contains("SESSION="));
		assertThat(this.visitor.get("/products/kotlin-in-depth").body()).contains("name=\"_csrf\"");
		assertThat(this.visitor.cookie("__Host-csrf")).as("the CSRF token is a cookie").isNotBlank();
		assertThat(this.visitor.cookie("__Host-SESSION")).isNull();
		assertThat(sessions()).as("rows in shop_session.spring_session").isEqualTo(sessionsBefore);

		HttpResponse<String> added = this.visitor.postWithCsrf("/products/kotlin-in-depth", "/cart/items",
				Map.of("productId", String.valueOf(this.backend.productBySlug("kotlin-in-depth").id)));
		assertThat(added.statusCode()).isEqualTo(303);
		HttpResponse<String> cart = this.visitor.get("/cart");
		assertThat(cart.body()).contains("Kotlin in Depth").containsPattern("data-testid=\"cart-count\">1<");
		assertThat(this.visitor.get("/catalog").body()).containsPattern("data-testid=\"cart-count\">1<");
	}

	@Test
	void aGuestCheckoutStillWorksAndKeepsItsOrderInASession() {
		this.visitor.postWithCsrf("/products/night-drive", "/cart/items",
				Map.of("productId", String.valueOf(this.backend.productBySlug("night-drive").id)));
		String page = this.visitor.get("/checkout").body();
		HttpResponse<String> paid = this.visitor.post("/checkout",
				Map.of("_csrf", ShopHttp.csrfToken(page), "idempotencyKey", field(page, "idempotencyKey"), "cartId",
						field(page, "cartId"), "email", "anonymous-" + UUID.randomUUID() + "@example.test",
						"billingCountry", "FR", "paymentToken", "tok_visa"));
		assertThat(paid.statusCode()).isEqualTo(303);
		assertThat(this.visitor.cookie("__Host-SESSION")).as("the order's access token is kept server-side")
			.isNotBlank();
		HttpResponse<String> order = this.visitor.get(paid.headers().firstValue("Location").orElseThrow());
		assertThat(order.statusCode()).isEqualTo(200);
		assertThat(order.body()).contains("Night Drive");
		assertThat(this.visitor.get("/").body()).containsPattern("data-testid=\"cart-count\">0<");
	}

	private long sessions() {
		return this.jdbc.queryForObject("select count(*) from shop_session.spring_session", Long.class);
	}

	private static String field(String page, String name) {
		return page.replaceAll("(?s).*name=\"" + name + "\" value=\"([^\"]+)\".*", "$1");
	}

}
