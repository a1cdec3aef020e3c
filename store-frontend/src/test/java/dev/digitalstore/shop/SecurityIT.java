package dev.digitalstore.shop;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.digitalstore.shop.fakes.FakeBackend;
import dev.digitalstore.shop.pages.ShopHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** Headers, cookies, CSRF, roles and the session's life, checked over plain HTTP. */
@ShopIntegrationTest
class SecurityIT {

	private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

	@LocalServerPort
	int port;

	@Autowired
	FakeBackend backend;

	private ShopHttp http;

	@BeforeEach
	void newVisitor() {
		this.http = new ShopHttp("http://localhost:" + this.port);
	}

	@Test
	void everyPageTypeSendsTheSecurityHeaders() {
		ShopHttp admin = signedIn(FakeBackend.ADMIN_EMAIL, FakeBackend.ADMIN_PASSWORD);
		this.http.postWithCsrf("/products/night-drive", "/cart/items",
				Map.of("productId", String.valueOf(this.backend.productBySlug("night-drive").id)));
		String order = placeOrder(this.http);
		List<HttpResponse<String>> pages = List.of(this.http.get("/"), this.http.get("/catalog?q=kotlin"),
				this.http.get("/products/kotlin-in-depth"), this.http.get("/cart"), this.http.get("/checkout"),
				this.http.get("/sign-in"), this.http.get("/register"), this.http.get(order),
				this.http.get("/account/library"), this.http.get("/no-such-page"), this.http.get("/css/shop.css"),
				admin.get("/admin"), admin.get("/admin/products"), admin.get("/admin/orders"), this.http.get("/admin"));
		assertThat(pages).extracting(HttpResponse::statusCode)
			.containsExactly(200, 200, 200, 200, 200, 200, 200, 200, 302, 404, 200, 200, 200, 200, 302);
		for (HttpResponse<String> page : pages) {
			assertThat(page.headers().firstValue("Content-Security-Policy")).as(page.uri().toString()).hasValue(CSP);
			assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
			assertThat(page.headers().firstValue("Permissions-Policy"))
				.hasValue("camera=(), microphone=(), geolocation=(), payment=(self)");
			assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
			assertThat(page.headers().firstValue("Strict-Transport-Security")).as("no HSTS over http").isEmpty();
		}
		assertThat(pages.get(0).body()).doesNotContain("<script>")
			.doesNotContain("style=\"")
			.contains("<html lang=\"en\">");
	}

	@Test
	void staticFilesAreFingerprintedAndCachedAndHtmxIsServedLocally() {
		String home = this.http.get("/").body();
		String css = home.replaceAll("(?s).*href=\"(/css/shop-[0-9a-f]{32}\\.css)\".*", "$1");
		assertThat(css).startsWith("/css/shop-");
		HttpResponse<String> stylesheet = this.http.get(css);
		assertThat(stylesheet.statusCode()).isEqualTo(200);
		assertThat(stylesheet.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cache) -> assertThat(cache).contains("max-age=31536000"));
		HttpResponse<String> htmx = this.http.get("/webjars/htmx.org/dist/htmx.min.js");
		assertThat(htmx.statusCode()).isEqualTo(200);
		assertThat(htmx.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).contains("javascript"));
	}

	@Test
	void cookiesAreHostOnlySecureHttpOnlyAndLax() {
		HttpResponse<String> product = this.http.get("/products/kotlin-in-depth");
		assertThat(ShopHttp.setCookie(product, "__Host-csrf")).contains("Path=/", "Secure", "HttpOnly", "SameSite=Lax")
			.doesNotContain("Max-Age")
			.doesNotContain("Domain=");

		HttpResponse<String> added = this.http.post("/cart/items",
				Map.of("productId", String.valueOf(this.backend.productBySlug("kotlin-in-depth").id), "_csrf",
						ShopHttp.csrfToken(product.body())));
		assertThat(added.statusCode()).isEqualTo(303);
		String cart = ShopHttp.setCookie(added, "__Host-cart");
		assertThat(cart).contains("Path=/", "Max-Age=2592000", "Secure", "HttpOnly", "SameSite=Lax")
			.doesNotContain("Domain=");

		HttpResponse<String> french = this.http.get("/?lang=fr");
		assertThat(ShopHttp.setCookie(french, "__Host-lang")).contains("Path=/", "Secure", "HttpOnly", "SameSite=Lax");

		ShopHttp visitor = new ShopHttp("http://localhost:" + this.port);
		String email = "cookies-" + UUID.randomUUID() + "@example.test";
		this.backend.accounts().register(email, "customer-password", "Kim");
		HttpResponse<String> signIn = visitor.postWithCsrf("/sign-in", "/sign-in",
				Map.of("email", email, "password", "customer-password"));
		String session = ShopHttp.setCookie(signIn, "__Host-SESSION");
		assertThat(session).contains("Path=/", "Secure", "HttpOnly", "SameSite=Lax")
			.doesNotContain("Max-Age")
			.doesNotContain("Expires")
			.doesNotContain("Domain=");
	}

	@Test
	void strictTransportSecurityOnlyOverHttps() {
		HttpResponse<String> https = this.http.get("/", "X-Forwarded-Proto", "https");
		assertThat(https.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying((hsts) -> assertThat(hsts).contains("max-age=31536000", "includeSubDomains"));
	}

	@Test
	void aFormPostedWithoutCsrfTokenIsRefused() {
		this.http.get("/products/kotlin-in-depth");
		HttpResponse<String> refused = this.http.post("/cart/items", Map.of("productId", "1"));
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Not allowed").doesNotContain("Exception");
		assertThat(refused.headers().firstValue("Content-Security-Policy")).hasValue(CSP);

		HttpResponse<String> forged = this.http.post("/cart/items", Map.of("productId", "1", "_csrf", "forged-token"));
		assertThat(forged.statusCode()).isEqualTo(403);
	}

	@Test
	void adminPagesNeedTheAdminRole() {
		HttpResponse<String> anonymous = this.http.get("/admin/products");
		assertThat(anonymous.statusCode()).isEqualTo(302);
		assertThat(anonymous.headers().firstValue("Location").orElseThrow())
			.endsWith("/sign-in?next=%2Fadmin%2Fproducts");

		String email = "customer-" + UUID.randomUUID() + "@example.test";
		this.backend.accounts().register(email, "customer-password", "Casey");
		HttpResponse<String> customer = signedIn(email, "customer-password").get("/admin");
		assertThat(customer.statusCode()).isEqualTo(403);
		assertThat(customer.body()).contains("Not allowed");
	}

	@Test
	void signInRotatesTheSessionAndSignOutEndsItAndRevokesTheToken() {
		String email = "rotate-" + UUID.randomUUID() + "@example.test";
		this.backend.accounts().register(email, "customer-password", "Robin");
		// Guests have no session: an earlier sign-in in this browser (someone else's,
		// on a shared computer) gives it one.
		String earlier = "earlier-" + UUID.randomUUID() + "@example.test";
		this.backend.accounts().register(earlier, "customer-password", "Alex");
		this.http.postWithCsrf("/sign-in", "/sign-in", Map.of("email", earlier, "password", "customer-password"));
		String before = this.http.cookie("__Host-SESSION");
		assertThat(before).isNotBlank();
		String csrf = ShopHttp.csrfToken(this.http.get("/sign-in").body());
		String csrfBefore = this.http.cookie("__Host-csrf");

		HttpResponse<String> signIn = this.http.post("/sign-in",
				Map.of("email", email, "password", "customer-password", "next", "/account/library", "_csrf", csrf));
		assertThat(signIn.statusCode()).isEqualTo(303);
		assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/account/library");
		String after = this.http.cookie("__Host-SESSION");
		assertThat(after).isNotBlank().isNotEqualTo(before);
		assertThat(ShopHttp.setCookie(signIn, "__Host-csrf")).as("CSRF token renewed").startsWith("__Host-csrf=;");
		assertThat(csrfBefore).isNotBlank();
		assertThat(this.http.get("/account/library").statusCode()).isEqualTo(200);

		ShopHttp planted = new ShopHttp("http://localhost:" + this.port);
		planted.setCookie("__Host-SESSION", before);
		assertThat(planted.get("/account/library").statusCode()).as("old session id is worthless").isEqualTo(302);

		HttpResponse<String> signOut = this.http.postWithCsrf("/account/library", "/sign-out", Map.of());
		assertThat(signOut.statusCode()).isEqualTo(302);
		assertThat(ShopHttp.setCookie(signOut, "__Host-orders")).as("guest orders of this browser forgotten")
			.startsWith("__Host-orders=;");
		assertThat(this.backend.accounts().signedOut(email)).isTrue();
		ShopHttp copied = new ShopHttp("http://localhost:" + this.port);
		copied.setCookie("__Host-SESSION", after);
		assertThat(copied.get("/account/library").statusCode()).as("session invalidated").isEqualTo(302);
	}

	@Test
	void wrongCredentialsShowAnErrorAndKeepTheVisitorSignedOut() {
		HttpResponse<String> wrong = this.http.postWithCsrf("/sign-in", "/sign-in",
				Map.of("email", FakeBackend.ADMIN_EMAIL, "password", "not-the-password"));
		assertThat(wrong.statusCode()).isEqualTo(422);
		assertThat(wrong.body()).contains("Wrong e-mail or password");
		assertThat(this.http.get("/admin").statusCode()).isEqualTo(302);
	}

	@Test
	void signInNeverRedirectsToAnotherSite() {
		String email = "redirect-" + UUID.randomUUID() + "@example.test";
		this.backend.accounts().register(email, "customer-password", "Sam");
		HttpResponse<String> signIn = this.http.postWithCsrf("/sign-in", "/sign-in",
				Map.of("email", email, "password", "customer-password", "next", "//evil.example/"));
		assertThat(signIn.headers().firstValue("Location")).hasValue("/");
	}

	private ShopHttp signedIn(String email, String password) {
		ShopHttp client = new ShopHttp("http://localhost:" + this.port);
		HttpResponse<String> response = client.postWithCsrf("/sign-in", "/sign-in",
				Map.of("email", email, "password", password));
		assertThat(response.statusCode()).isEqualTo(303);
		return client;
	}

	/** Checks out the visitor's cart; returns the order page's path. */
	private String placeOrder(ShopHttp visitor) {
		String page = visitor.get("/checkout").body();
		String key = page.replaceAll("(?s).*name=\"idempotencyKey\" value=\"([^\"]+)\".*", "$1");
		HttpResponse<String> paid = visitor.post("/checkout",
				Map.of("_csrf", ShopHttp.csrfToken(page), "idempotencyKey", key, "cartId",
						page.replaceAll("(?s).*name=\"cartId\" value=\"([^\"]+)\".*", "$1"), "email",
						"headers-" + UUID.randomUUID() + "@example.test", "billingCountry", "FR", "paymentToken",
						"tok_visa"));
		assertThat(paid.statusCode()).isEqualTo(303);
		String location = paid.headers().firstValue("Location").orElseThrow();
		// The cart is checked out: put something back so /cart and /checkout render
		// pages.
		visitor.postWithCsrf("/products/night-drive", "/cart/items",
				Map.of("productId", String.valueOf(this.backend.productBySlug("night-drive").id)));
		return location;
	}

}
