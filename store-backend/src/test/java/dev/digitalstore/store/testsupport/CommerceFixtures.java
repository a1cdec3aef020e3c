package dev.digitalstore.store.testsupport;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.springframework.jdbc.core.simple.JdbcClient;

import dev.digitalstore.store.catalog.ProductKind;
import dev.digitalstore.store.support.TestTokens;

/**
 * Test data for the commerce features: products (straight into the catalog's tables),
 * licence keys, customers with access tokens, and carts filled over HTTP. Everything gets
 * unique names, so tests never see each other's data.
 */
public class CommerceFixtures {

	private final JdbcClient jdbc;

	private final TestTokens tokens;

	public CommerceFixtures(JdbcClient jdbc, TestTokens tokens) {
		this.jdbc = jdbc;
		this.tokens = tokens;
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	public long product(ProductKind kind, long priceMinor) {
		return product(kind, priceMinor, "EUR");
	}

	public long product(ProductKind kind, long priceMinor, String currency) {
		long category = this.jdbc.sql("insert into category (slug, name) values (?, ?) returning id")
			.params(unique("cat"), "Test category")
			.query(Long.class)
			.single();
		String slug = unique("product");
		return this.jdbc.sql("""
				insert into product (slug, title, price_minor, currency, category_id, kind)
				values (?, ?, ?, ?, ?, ?) returning id
				""")
			.params(slug, "Title of " + slug, priceMinor, currency, category, kind.name())
			.query(Long.class)
			.single();
	}

	public void deactivate(long productId) {
		this.jdbc.sql("update product set active = false where id = ?").param(productId).update();
	}

	public List<String> keys(long productId, int count) {
		List<String> keys = IntStream.range(0, count).mapToObj((i) -> unique("KEY-" + i).toUpperCase()).toList();
		keys.forEach((key) -> this.jdbc.sql("insert into licence_key (product_id, key_value) values (?, ?)")
			.params(productId, key)
			.update());
		return keys;
	}

	/** A customer row and a bearer token for it. */
	public Customer customer(boolean admin) {
		String email = unique("buyer") + "@example.com";
		long id = this.jdbc.sql("""
				insert into customer (email, email_normalized, display_name, password_hash, role)
				values (?, ?, 'Test buyer', 'not-a-hash', ?) returning id
				""").params(email, email, admin ? "ADMIN" : "CUSTOMER").query(Long.class).single();
		String token = this.tokens.mint(id, admin ? "ADMIN" : "CUSTOMER");
		return new Customer(id, email, token);
	}

	/** A new guest cart holding the given products, one of each. */
	public static String guestCart(long... productIds) {
		String cartId = RestAssured.given().post("/api/carts").then().statusCode(201).extract().path("id");
		for (long productId : productIds) {
			RestAssured.given()
				.contentType(ContentType.JSON)
				.body("{\"quantity\": 1}")
				.put("/api/carts/{cart}/items/{product}", cartId, productId)
				.then()
				.statusCode(200);
		}
		return cartId;
	}

	public static String checkoutBody(String cartId, String token) {
		return checkoutBody(cartId, "guest@example.com", token);
	}

	public static String checkoutBody(String cartId, String email, String token) {
		return """
				{"cartId": "%s", "email": "%s", "billingCountry": "FR", "paymentToken": "%s"}
				""".formatted(cartId, email, token);
	}

	public static RequestSpecification checkout(String idempotencyKey, String body) {
		return RestAssured.given().contentType(ContentType.JSON).header("Idempotency-Key", idempotencyKey).body(body);
	}

	public record Customer(long id, String email, String token) {

		public RequestSpecification given() {
			return RestAssured.given().auth().oauth2(this.token);
		}

	}

}
