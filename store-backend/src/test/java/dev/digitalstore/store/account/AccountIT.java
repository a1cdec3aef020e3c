package dev.digitalstore.store.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import dev.digitalstore.store.ApiClient;
import dev.digitalstore.store.StoreIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

@StoreIntegrationTest
class AccountIT {

	private static final String PROBLEMS = "https://digital-store.dev/problems/";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JwtDecoder jwtDecoder;

	@BeforeEach
	void useServer() {
		RestAssured.port = this.port;
	}

	@Test
	void registerSignInSeeMeAndSignOut() {
		String email = ApiClient.uniqueEmail("Round.Trip");
		long id = register(Map.of("email", "  " + email + " ", "password", ApiClient.PASSWORD, "displayName", "Ann"))
			.then()
			.statusCode(201)
			.header("Location", "/api/me")
			.body("email", equalTo(email))
			.body("displayName", equalTo("Ann"))
			.body("roles", contains("CUSTOMER"))
			.extract()
			.jsonPath()
			.getLong("id");

		String token = token(email.toUpperCase(), ApiClient.PASSWORD).then()
			.statusCode(200)
			.body("tokenType", equalTo("Bearer"))
			.body("expiresIn", equalTo(3600))
			.extract()
			.path("accessToken");

		Jwt jwt = this.jwtDecoder.decode(token);
		assertThat(jwt.getSubject()).isEqualTo(Long.toString(id));
		assertThat(jwt.getClaimAsString("iss")).isEqualTo("digital-store");
		assertThat(jwt.getClaimAsStringList("roles")).containsExactly("CUSTOMER");
		assertThat(jwt.getClaimAsString("email")).isEqualTo(email);
		assertThat(jwt.getId()).isNotBlank();
		assertThat(jwt.getExpiresAt()).isEqualTo(jwt.getIssuedAt().plusSeconds(3600));

		ApiClient.as(token)
			.get("/api/me")
			.then()
			.statusCode(200)
			.body("id", equalTo((int) id))
			.body("email", equalTo(email))
			.body("displayName", equalTo("Ann"))
			.body("roles", contains("CUSTOMER"));

		ApiClient.as(token).post("/api/auth/sign-out").then().statusCode(204);

		ApiClient.as(token)
			.get("/api/me")
			.then()
			.statusCode(401)
			.contentType("application/problem+json")
			.body("type", equalTo(PROBLEMS + "unauthorized"));
		ApiClient.as(token).post("/api/auth/sign-out").then().statusCode(401);
		ApiClient.as(ApiClient.signIn(email, ApiClient.PASSWORD)).get("/api/me").then().statusCode(200);
	}

	@Test
	void meNeedsAValidToken() {
		RestAssured.get("/api/me").then().statusCode(401).body("type", equalTo(PROBLEMS + "unauthorized"));
		ApiClient.as("not-a-token").get("/api/me").then().statusCode(401);
	}

	@Test
	void anEmailAddressCanOnlyBeRegisteredOnceWhateverItsCase() {
		String email = ApiClient.uniqueEmail("twice");
		ApiClient.registerAndSignIn(email);

		register(Map.of("email", " " + email.toUpperCase(), "password", "another-password", "displayName", "Copy"))
			.then()
			.statusCode(409)
			.contentType("application/problem+json")
			.body("type", equalTo(PROBLEMS + "email-taken"));

		assertThat(storedAccounts(email)).isEqualTo(1);
	}

	@Test
	void concurrentRegistrationsOfOneAddressCreateOneAccount() throws Exception {
		String email = ApiClient.uniqueEmail("race");
		int attempts = 4;
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(attempts);
		try {
			List<Future<Integer>> statuses = new ArrayList<>();
			for (int i = 0; i < attempts; i++) {
				String variant = (i % 2 == 0) ? email : email.toUpperCase();
				statuses.add(pool.submit(() -> {
					start.await();
					return register(Map.of("email", variant, "password", ApiClient.PASSWORD, "displayName", "Racer"))
						.statusCode();
				}));
			}
			start.countDown();
			List<Integer> results = new ArrayList<>();
			for (Future<Integer> status : statuses) {
				results.add(status.get());
			}
			assertThat(results).containsOnlyOnce(201).containsOnly(201, 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(storedAccounts(email)).isEqualTo(1);
	}

	@Test
	void invalidRegistrationsAreRefusedFieldByFieldAndNothingIsStored() {
		String email = ApiClient.uniqueEmail("invalid");
		assertFieldError(Map.of("email", "not-an-email", "password", ApiClient.PASSWORD, "displayName", "Ann"),
				"email");
		assertFieldError(Map.of("email", email, "password", "too-short", "displayName", "Ann"), "password");
		assertFieldError(Map.of("email", email, "password", email.toUpperCase(), "displayName", "Ann"), "password");
		assertFieldError(Map.of("email", email, "password", ApiClient.PASSWORD, "displayName", " "), "displayName");

		register(Map.of("email", email, "password", ApiClient.PASSWORD, "displayName", "Ann", "nickname", "x")).then()
			.statusCode(400)
			.body("type", equalTo(PROBLEMS + "malformed-request"))
			.body("detail", equalTo("The request body could not be read: unknown field 'nickname'."));
		RestAssured.given()
			.contentType(ContentType.JSON)
			.body("{\"email\": \"" + email + "\", \"password\": ")
			.post("/api/auth/register")
			.then()
			.statusCode(400)
			.contentType("application/problem+json")
			.body("type", equalTo(PROBLEMS + "malformed-request"));

		assertThat(storedAccounts(email)).isZero();
	}

	@Test
	void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
		String email = ApiClient.uniqueEmail("guess");
		ApiClient.registerAndSignIn(email);

		Response wrongPassword = token(email, "wrong-password-123");
		Response unknownEmail = token(ApiClient.uniqueEmail("nobody"), "wrong-password-123");

		wrongPassword.then()
			.statusCode(401)
			.contentType("application/problem+json")
			.body("type", equalTo(PROBLEMS + "invalid-credentials"));
		unknownEmail.then().statusCode(401);
		assertThat(unknownEmail.asString()).isEqualTo(wrongPassword.asString());
	}

	@Test
	void passwordsAreStoredAsArgon2idHashes() {
		String email = ApiClient.uniqueEmail("hash");
		ApiClient.registerAndSignIn(email);

		String hash = this.jdbc.queryForObject("select password_hash from customer where email_normalized = ?",
				String.class, email.toLowerCase());

		assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain(ApiClient.PASSWORD);
	}

	@Test
	void adminPathsNeedTheAdminRole() {
		String customer = ApiClient.registerAndSignIn(ApiClient.uniqueEmail("not-admin"));
		String admin = ApiClient.adminToken();

		RestAssured.get("/api/admin/stats").then().statusCode(401);
		ApiClient.as(customer)
			.get("/api/admin/stats")
			.then()
			.statusCode(403)
			.body("type", equalTo(PROBLEMS + "forbidden"));
		int adminStatus = ApiClient.as(admin).get("/api/admin/stats").statusCode();
		assertThat(adminStatus).isNotIn(401, 403);

		ApiClient.as(admin)
			.get("/api/me")
			.then()
			.statusCode(200)
			.body("email", equalTo(ApiClient.ADMIN_EMAIL))
			.body("roles", contains("ADMIN"));
	}

	private void assertFieldError(Map<String, String> body, String field) {
		register(body).then()
			.statusCode(400)
			.contentType("application/problem+json")
			.body("type", equalTo(PROBLEMS + "validation"))
			.body("errors.field", hasItem(field))
			.body("errors.find { it.field == '" + field + "' }.message", notNullValue());
	}

	private int storedAccounts(String email) {
		return this.jdbc.queryForObject("select count(*) from customer where email_normalized = ?", Integer.class,
				email.toLowerCase());
	}

	private static Response register(Map<String, String> body) {
		return RestAssured.given().contentType(ContentType.JSON).body(body).post("/api/auth/register");
	}

	private static Response token(String email, String password) {
		return RestAssured.given()
			.contentType(ContentType.JSON)
			.body(Map.of("email", email, "password", password))
			.post("/api/auth/token");
	}

}
