package dev.digitalstore.shop;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
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
 * A guest costs the sessions' database nothing: browsing, the cart, a form's one-time
 * notice and a guest's order live in cookies; only signing in creates a session.
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
	void aNoticeTravelsInAShortLivedCookieAndIsShownOnce() {
		long start = System.currentTimeMillis();
		HttpResponse<String> added = this.visitor.postWithCsrf("/products/kotlin-in-depth", "/cart/items",
				Map.of("productId", String.valueOf(this.backend.productBySlug("kotlin-in-depth").id)));
		assertThat(added.headers().firstValue("Location")).hasValueSatisfying((to) -> assertThat(to).endsWith("/cart"));
		assertThat(ShopHttp.setCookie(added, "__Host-notice"))
			.contains("Path=/", "Secure", "HttpOnly", "SameSite=Lax", "Max-Age=60")
			.doesNotContain("Domain=");

		assertThat(this.visitor.get("/catalog").body()).as("a notice waits for its own page")
			.doesNotContain("data-testid=\"notice\"");
		HttpResponse<String> cart = this.visitor.get("/cart");
		assertThat(cart.body()).contains("data-testid=\"notice\">“Kotlin in Depth” is in your cart.<");
		assertThat(ShopHttp.setCookie(cart, "__Host-notice")).as("deleted once shown").contains("Max-Age=0");
		assertThat(this.visitor.get("/cart").body()).doesNotContain("data-testid=\"notice\"");
		assertThat(ShopHttp.setCookies(added)).noneMatch((cookie) -> cookie.contains("SESSION="));
		assertThat(sessionsCreatedSince(start)).isZero();
	}

	@Test
	void anUnreadableNoticeCookieShowsNoNoticeAndNoError() {
		String unknownKey = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(("[{\"p\":\"/cart\",\"x\":" + (System.currentTimeMillis() + 60_000)
					+ ",\"k\":\"no.such.message\",\"a\":[\"x\"]}]")
				.getBytes(StandardCharsets.UTF_8));
		for (String value : List.of("not-base64!", "bm90IGpzb24", "W3sicCI6MX1d", unknownKey, "A".repeat(3500))) {
			ShopHttp visitor = new ShopHttp("http://localhost:" + this.port);
			visitor.setCookie("__Host-notice", value);
			HttpResponse<String> cart = visitor.get("/cart");
			assertThat(cart.statusCode()).as(value).isEqualTo(200);
			assertThat(cart.body()).as(value).doesNotContain("data-testid=\"notice\"");
		}
	}

	@Test
	void aGuestCheckoutKeepsTheOrderInACookieNotASession() {
		long start = System.currentTimeMillis();
		this.visitor.postWithCsrf("/products/night-drive", "/cart/items",
				Map.of("productId", String.valueOf(this.backend.productBySlug("night-drive").id)));
		String page = this.visitor.get("/checkout").body();
		HttpResponse<String> paid = this.visitor.post("/checkout",
				Map.of("_csrf", ShopHttp.csrfToken(page), "idempotencyKey", field(page, "idempotencyKey"), "cartId",
						field(page, "cartId"), "email", "anonymous-" + UUID.randomUUID() + "@example.test",
						"billingCountry", "FR", "paymentToken", "tok_visa"));
		assertThat(paid.statusCode()).isEqualTo(303);
		String location = paid.headers().firstValue("Location").orElseThrow();
		assertThat(location).contains("/orders/DS-").doesNotContain("token");
		assertThat(ShopHttp.setCookie(paid, "__Host-orders"))
			.contains("Path=/", "Secure", "HttpOnly", "SameSite=Lax", "Max-Age=1800")
			.doesNotContain("Domain=");
		assertThat(this.visitor.cookie("__Host-SESSION")).as("no session for the order's access token").isNull();

		HttpResponse<String> order = this.visitor.get(location);
		assertThat(order.statusCode()).isEqualTo(200);
		assertThat(order.body()).contains("Night Drive");
		assertThat(this.visitor.get("/").body()).containsPattern("data-testid=\"cart-count\">0<");
		assertThat(sessionsCreatedSince(start)).isZero();

		String reference = location.replaceAll(".*/orders/([^?]+).*", "$1");
		for (String value : new String[] { null, reference + ":short", reference + ":" + "x".repeat(43) + ".bad",
				this.visitor.cookie("__Host-orders").replace(':', '=') }) {
			ShopHttp other = new ShopHttp("http://localhost:" + this.port);
			if (value != null) {
				other.setCookie("__Host-orders", value);
			}
			assertThat(other.get(location).statusCode()).as("without a valid cookie: %s", value).isEqualTo(404);
		}
	}

	private long sessionsCreatedSince(long millis) {
		return this.jdbc.queryForObject("select count(*) from shop_session.spring_session where creation_time >= ?",
				Long.class, millis);
	}

	private long sessions() {
		return this.jdbc.queryForObject("select count(*) from shop_session.spring_session", Long.class);
	}

	private static String field(String page, String name) {
		return page.replaceAll("(?s).*name=\"" + name + "\" value=\"([^\"]+)\".*", "$1");
	}

}
