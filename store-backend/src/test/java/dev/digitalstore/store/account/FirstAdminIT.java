package dev.digitalstore.store.account;

import java.util.Map;

import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.digitalstore.store.ApiClient;
import dev.digitalstore.store.StoreIntegrationTest;
import dev.digitalstore.store.account.Customers.AdminSetup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;

@StoreIntegrationTest
class FirstAdminIT {

	@LocalServerPort
	int port;

	@Autowired
	FirstAdmin firstAdmin;

	@Autowired
	AccountApi accounts;

	@BeforeEach
	void useServer() {
		RestAssured.port = this.port;
	}

	@Test
	void theConfiguredAdministratorExistsAfterStart() {
		ApiClient.as(ApiClient.adminToken()).get("/api/me").then().statusCode(200).body("roles", contains("ADMIN"));
	}

	@Test
	void createsTheAdministratorWhenNoAccountHasTheAddress() {
		String email = ApiClient.uniqueEmail("new-admin");

		assertThat(this.firstAdmin.ensure(email, "first-admin-password")).isEqualTo(AdminSetup.CREATED);

		String token = ApiClient.signIn(email, "first-admin-password");
		ApiClient.as(token).get("/api/me").then().statusCode(200).body("roles", contains("ADMIN"));
		assertThat(this.firstAdmin.ensure(email, "first-admin-password")).isEqualTo(AdminSetup.ALREADY_ADMIN);
	}

	@Test
	void promotesTheCustomerWhoHasTheAddressAndKeepsTheirPassword() {
		String email = ApiClient.uniqueEmail("promoted");
		String customerToken = ApiClient.registerAndSignIn(email);
		long id = ApiClient.as(customerToken).get("/api/me").jsonPath().getLong("id");

		assertThat(this.firstAdmin.ensure(email.toUpperCase(), "some-other-password")).isEqualTo(AdminSetup.PROMOTED);

		assertThat(this.accounts.find(id)).hasValueSatisfying((profile) -> assertThat(profile.admin()).isTrue());
		ApiClient.as(ApiClient.signIn(email, ApiClient.PASSWORD))
			.get("/api/me")
			.then()
			.body("roles", contains("ADMIN"));
		RestAssured.given()
			.contentType("application/json")
			.body(Map.of("email", email, "password", "some-other-password"))
			.post("/api/auth/token")
			.then()
			.statusCode(401);
	}

	@Test
	void refusesAWeakPasswordWithoutRevealingIt() {
		assertThatThrownBy(() -> this.firstAdmin.ensure(ApiClient.uniqueEmail("weak"), "secret-1"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("at least 10 characters")
			.hasMessageNotContaining("secret-1");
	}

	@Test
	void accountApiFindsCustomersAndNothingElse() {
		String email = ApiClient.uniqueEmail("profile");
		long id = ApiClient.as(ApiClient.registerAndSignIn(email)).get("/api/me").jsonPath().getLong("id");

		assertThat(this.accounts.find(id)).hasValueSatisfying((profile) -> {
			assertThat(profile.email()).isEqualTo(email);
			assertThat(profile.displayName()).isEqualTo("Test Customer");
			assertThat(profile.admin()).isFalse();
		});
		assertThat(this.accounts.find(Long.MAX_VALUE)).isEmpty();
	}

}
