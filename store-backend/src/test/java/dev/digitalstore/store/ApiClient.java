package dev.digitalstore.store;

import java.util.Map;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Calls the running store the way a client does, for integration tests of every feature.
 * Set {@code RestAssured.port} first (from {@code @LocalServerPort}). One method per
 * concern: add yours next to these.
 */
public final class ApiClient {

	/** The password {@link #registerAndSignIn} gives every customer it creates. */
	public static final String PASSWORD = "correct-horse-battery-staple";

	/** The administrator configured in {@code application-test.yml}. */
	public static final String ADMIN_EMAIL = "admin@test.local";

	private static final String ADMIN_PASSWORD = "test-admin-password-123";

	private ApiClient() {
	}

	/** An e-mail address no other test uses, e.g. {@code uniqueEmail("cart")}. */
	public static String uniqueEmail(String prefix) {
		return prefix + "-" + UUID.randomUUID() + "@example.com";
	}

	/** Registers a customer with {@link #PASSWORD} and returns their bearer token. */
	public static String registerAndSignIn(String email) {
		RestAssured.given()
			.contentType(ContentType.JSON)
			.body(Map.of("email", email, "password", PASSWORD, "displayName", "Test Customer"))
			.post("/api/auth/register")
			.then()
			.statusCode(201);
		return signIn(email, PASSWORD);
	}

	/** A fresh access token, failing the test if the credentials are refused. */
	public static String signIn(String email, String password) {
		return RestAssured.given()
			.contentType(ContentType.JSON)
			.body(Map.of("email", email, "password", password))
			.post("/api/auth/token")
			.then()
			.statusCode(200)
			.extract()
			.path("accessToken");
	}

	public static String adminToken() {
		return signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
	}

	/** A request sent with this bearer token. */
	public static RequestSpecification as(String token) {
		return RestAssured.given().header("Authorization", "Bearer " + token);
	}

}
