package dev.digitalstore.store.licensing;

import java.nio.charset.StandardCharsets;

import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.digitalstore.store.StoreIntegrationTest;
import dev.digitalstore.store.catalog.ProductKind;
import dev.digitalstore.store.support.TestTokens;
import dev.digitalstore.store.testsupport.CommerceFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@StoreIntegrationTest
class LicenceKeyImportIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestTokens tokens;

	@Autowired
	LicenceKeyApi licenceKeys;

	CommerceFixtures fixtures;

	CommerceFixtures.Customer admin;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
		this.fixtures = new CommerceFixtures(this.jdbc, this.tokens);
		this.admin = this.fixtures.customer(true);
	}

	@Test
	void importsACsvBodyWithHeaderBlankLinesAndSpaces() {
		long product = this.fixtures.product(ProductKind.LICENCE_KEY, 100);
		String prefix = CommerceFixtures.unique("K");

		this.admin.given()
			.contentType("text/csv")
			.body("key\r\n " + prefix + "-1 \r\n\r\n" + prefix + "-2\n" + prefix + "-3\n\n")
			.post("/api/admin/products/{id}/licence-keys", product)
			.then()
			.statusCode(200)
			.body("imported", equalTo(3))
			.body("available", equalTo(3));

		assertThat(this.jdbc.sql("select key_value from licence_key where product_id = ? order by id")
			.param(product)
			.query(String.class)
			.list()).containsExactly(prefix + "-1", prefix + "-2", prefix + "-3");
		assertThat(this.licenceKeys.available(java.util.List.of(product, 999_999_999L))).containsEntry(product, 3L)
			.containsEntry(999_999_999L, 0L);
	}

	@Test
	void importsAMultipartFile() {
		long product = this.fixtures.product(ProductKind.DOWNLOAD_AND_KEY, 100);
		String keys = CommerceFixtures.unique("A") + "\n" + CommerceFixtures.unique("B") + "\n";
		this.admin.given()
			.multiPart("file", "keys.csv", keys.getBytes(StandardCharsets.UTF_8), "text/csv")
			.post("/api/admin/products/{id}/licence-keys", product)
			.then()
			.statusCode(200)
			.body("imported", equalTo(2));
	}

	@Test
	void duplicatesRejectTheWholeImport() {
		long product = this.fixtures.product(ProductKind.LICENCE_KEY, 100);
		String existing = this.fixtures.keys(product, 1).get(0);
		String fresh = CommerceFixtures.unique("FRESH");

		this.admin.given()
			.contentType("text/csv")
			.body(fresh + "\n" + existing + "\n")
			.post("/api/admin/products/{id}/licence-keys", product)
			.then()
			.statusCode(409)
			.body("type", equalTo("https://digital-store.dev/problems/duplicate-licence-keys"))
			.body("duplicates", hasItem(existing));
		this.admin.given()
			.contentType("text/csv")
			.body(fresh + "\n" + fresh + "\n")
			.post("/api/admin/products/{id}/licence-keys", product)
			.then()
			.statusCode(422)
			.body("duplicates", hasItem(fresh));

		assertThat(this.licenceKeys.available(product)).isEqualTo(1);
	}

	@Test
	void unknownProductsAre404AndProductsWithoutKeys422() {
		this.admin.given()
			.contentType("text/csv")
			.body("KEY\n")
			.post("/api/admin/products/{id}/licence-keys", 999_999_999L)
			.then()
			.statusCode(404);
		long ebook = this.fixtures.product(ProductKind.DOWNLOAD, 100);
		this.admin.given()
			.contentType("text/csv")
			.body("SOME-KEY\n")
			.post("/api/admin/products/{id}/licence-keys", ebook)
			.then()
			.statusCode(422)
			.body("type", equalTo("https://digital-store.dev/problems/product-without-licence-keys"));
	}

	@Test
	void filesOverTheLimitsAreRefused() {
		long product = this.fixtures.product(ProductKind.LICENCE_KEY, 100);
		StringBuilder tooMany = new StringBuilder();
		for (int i = 0; i <= 10_000; i++) {
			tooMany.append("K").append(i).append('\n');
		}
		this.admin.given()
			.contentType("text/csv")
			.body(tooMany.toString())
			.post("/api/admin/products/{id}/licence-keys", product)
			.then()
			.statusCode(422);
		this.admin.given()
			.contentType("text/csv")
			.body("X".repeat(1024 * 1024 + 10))
			.post("/api/admin/products/{id}/licence-keys", product)
			.then()
			.statusCode(422);
		assertThat(this.licenceKeys.available(product)).isZero();
	}

}
