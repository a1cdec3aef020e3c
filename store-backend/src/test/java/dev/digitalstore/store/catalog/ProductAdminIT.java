package dev.digitalstore.store.catalog;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.digitalstore.store.StoreIntegrationTest;
import dev.digitalstore.store.support.AdminProducts;
import dev.digitalstore.store.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

@StoreIntegrationTest
class ProductAdminIT {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@LocalServerPort
	int port;

	@Autowired
	TestTokens tokens;

	@Autowired
	JdbcClient jdbc;

	String admin;

	String slug;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
		this.admin = this.tokens.mint(1, "ADMIN");
		this.slug = "admin-test-" + UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void adminEndpointsRefuseAnonymousAndCustomers() {
		RestAssured.get("/api/admin/products").then().statusCode(401).contentType("application/problem+json");
		String customer = this.tokens.mint(2, "CUSTOMER");
		RestAssured.given()
			.auth()
			.oauth2(customer)
			.contentType(ContentType.JSON)
			.body(draft(this.slug, 100))
			.post("/api/admin/products")
			.then()
			.statusCode(403)
			.contentType("application/problem+json");
		assertThat(countProducts(this.slug)).isZero();
	}

	@Test
	void createdProductIsListedForAdminsAndSoldInTheStoreCurrency() {
		long id = AdminProducts.create(this.admin, this.slug, "Admin made", "Text", 1234, "software", "LICENCE_KEY");
		RestAssured.given()
			.auth()
			.oauth2(this.admin)
			.get("/api/admin/products?q={q}", this.slug)
			.then()
			.statusCode(200)
			.body("items.id", hasItem((int) id))
			.body("items[0].price.currency", equalTo("EUR"))
			.body("items[0].active", equalTo(true));
		RestAssured.get("/api/products/{slug}", this.slug).then().statusCode(200).body("kind", equalTo("LICENCE_KEY"));
	}

	@Test
	void invalidProductsAreRefusedWithFieldErrorsAndNothingIsStored() {
		RestAssured.given()
			.auth()
			.oauth2(this.admin)
			.contentType(ContentType.JSON)
			.body(draft("Not A Slug", -5))
			.post("/api/admin/products")
			.then()
			.statusCode(400)
			.contentType("application/problem+json")
			.body("errors.field", org.hamcrest.Matchers.hasItems("slug", "priceMinor"));
		RestAssured.given()
			.auth()
			.oauth2(this.admin)
			.contentType(ContentType.JSON)
			.body(draft(this.slug, 100).replace("\"featured\"", "\"colour\":\"red\",\"featured\""))
			.post("/api/admin/products")
			.then()
			.statusCode(400)
			.body("detail", org.hamcrest.Matchers.containsString("unknown field 'colour'"));
		RestAssured.given()
			.auth()
			.oauth2(this.admin)
			.contentType(ContentType.JSON)
			.body("{\"slug\": ")
			.post("/api/admin/products")
			.then()
			.statusCode(400)
			.body("title", equalTo("Malformed request"));
		RestAssured.given()
			.auth()
			.oauth2(this.admin)
			.contentType(ContentType.JSON)
			.body(draft(this.slug, 100).replace("\"ebooks\"", "\"gardening\""))
			.post("/api/admin/products")
			.then()
			.statusCode(422)
			.body("errors[0].field", equalTo("categorySlug"));
		assertThat(countProducts(this.slug)).isZero();
	}

	@Test
	void theDraftMayNameTheStoreCurrencyButNoOther() {
		String inEuros = draft(this.slug, 100).replace("\"priceMinor\"", "\"currency\":\"EUR\",\"priceMinor\"");
		RestAssured.given()
			.auth()
			.oauth2(this.admin)
			.contentType(ContentType.JSON)
			.body(inEuros.replace("EUR", "USD"))
			.post("/api/admin/products")
			.then()
			.statusCode(422)
			.body("type", equalTo("https://digital-store.dev/problems/currency-mismatch"))
			.body("errors[0].field", equalTo("currency"));
		assertThat(countProducts(this.slug)).isZero();
		RestAssured.given()
			.auth()
			.oauth2(this.admin)
			.contentType(ContentType.JSON)
			.body(inEuros)
			.post("/api/admin/products")
			.then()
			.statusCode(201)
			.body("price.currency", equalTo("EUR"));
	}

	@Test
	void aSlugCanOnlyBeUsedOnce() {
		AdminProducts.create(this.admin, this.slug, "First", "Text", 100, "ebooks", "DOWNLOAD");
		RestAssured.given()
			.auth()
			.oauth2(this.admin)
			.contentType(ContentType.JSON)
			.body(draft(this.slug, 100))
			.post("/api/admin/products")
			.then()
			.statusCode(409)
			.body("type", equalTo("https://digital-store.dev/problems/slug-taken"));
	}

	@Test
	void uploadedFileAndCoverAreCheckedStoredAndServed() {
		long id = AdminProducts.create(this.admin, this.slug, "With files", "Text", 100, "ebooks", "DOWNLOAD");
		AdminProducts.uploadFile(this.admin, id, "guide.pdf", "application/pdf", PDF);
		RestAssured.given()
			.auth()
			.oauth2(this.admin)
			.multiPart("file", "cover.png", PNG, "image/png")
			.put("/api/admin/products/{id}/cover", id)
			.then()
			.statusCode(200)
			.body("coverUrl", equalTo("/api/products/" + this.slug + "/cover"));

		RestAssured.get("/api/products/{slug}", this.slug)
			.then()
			.body("hasFile", equalTo(true))
			.body("fileName", equalTo("guide.pdf"))
			.body("fileSize", equalTo(PDF.length));
		byte[] cover = RestAssured.get("/api/products/{slug}/cover", this.slug)
			.then()
			.statusCode(200)
			.contentType("image/png")
			.extract()
			.asByteArray();
		assertThat(cover).isEqualTo(PNG);
	}

	@Test
	void uploadsWhoseBytesDoNotMatchTheirTypeOrAreTooLargeAreRefusedAndNothingChanges() {
		long id = AdminProducts.create(this.admin, this.slug, "Guarded", "Text", 100, "ebooks", "DOWNLOAD");
		RestAssured.given()
			.auth()
			.oauth2(this.admin)
			.multiPart("file", "fake.pdf", PNG, "application/pdf")
			.put("/api/admin/products/{id}/file", id)
			.then()
			.statusCode(415)
			.body("errors[0].field", equalTo("file"));
		RestAssured.given()
			.auth()
			.oauth2(this.admin)
			.multiPart("file", "tool.exe", new byte[] { 'M', 'Z', 0, 0 }, "application/x-msdownload")
			.put("/api/admin/products/{id}/file", id)
			.then()
			.statusCode(415);
		byte[] hugeCover = new byte[6 * 1024 * 1024];
		System.arraycopy(PNG, 0, hugeCover, 0, PNG.length);
		RestAssured.given()
			.auth()
			.oauth2(this.admin)
			.multiPart("file", "huge.png", hugeCover, "image/png")
			.put("/api/admin/products/{id}/cover", id)
			.then()
			.statusCode(413)
			.body("type", startsWith("https://digital-store.dev/problems/"));
		RestAssured.given()
			.auth()
			.oauth2(this.admin)
			.contentType(ContentType.JSON)
			.body("{}")
			.put("/api/admin/products/{id}/file", id)
			.then()
			.statusCode(415)
			.contentType("application/problem+json");
		RestAssured.get("/api/products/{slug}", this.slug)
			.then()
			.body("hasFile", equalTo(false))
			.body("coverUrl", equalTo(null));
	}

	@Test
	void productPagesShowAnAdminsChangesAtOnce() {
		long id = AdminProducts.create(this.admin, this.slug, "Before", "Text", 100, "ebooks", "DOWNLOAD");
		RestAssured.get("/api/products/{slug}", this.slug)
			.then()
			.statusCode(200)
			.body("price.amountMinor", equalTo(100));
		String renamed = this.slug + "-new";

		RestAssured.given()
			.auth()
			.oauth2(this.admin)
			.contentType(ContentType.JSON)
			.body(draft(renamed, 250))
			.put("/api/admin/products/{id}", id)
			.then()
			.statusCode(200);
		RestAssured.get("/api/products/{slug}", renamed).then().statusCode(200).body("price.amountMinor", equalTo(250));
		RestAssured.get("/api/products/{slug}", this.slug).then().statusCode(404);

		AdminProducts.setActive(this.admin, id, false);
		RestAssured.get("/api/products/{slug}", renamed).then().statusCode(404);
		AdminProducts.setActive(this.admin, id, true);
		RestAssured.get("/api/products/{slug}", renamed).then().statusCode(200);

		AdminProducts.uploadFile(this.admin, id, "guide.pdf", "application/pdf", PDF);
		RestAssured.get("/api/products/{slug}", renamed).then().body("hasFile", equalTo(true));
	}

	@Test
	void categoryCountsFollowAnAdminsChangesAtOnce() {
		int before = ebooksCount();
		long id = AdminProducts.create(this.admin, this.slug, "Counted", "Text", 100, "ebooks", "DOWNLOAD");
		assertThat(ebooksCount()).isEqualTo(before + 1);
		AdminProducts.setActive(this.admin, id, false);
		assertThat(ebooksCount()).isEqualTo(before);
	}

	private static int ebooksCount() {
		return RestAssured.get("/api/categories")
			.then()
			.statusCode(200)
			.extract()
			.path("find { it.slug == 'ebooks' }.productCount");
	}

	private long countProducts(String slug) {
		return this.jdbc.sql("select count(*) from product where slug = ?").param(slug).query(Long.class).single();
	}

	private static String draft(String slug, long price) {
		return """
				{"slug":"%s","title":"Title","description":"","priceMinor":%d,"categorySlug":"ebooks","tags":["a"],
				 "kind":"DOWNLOAD","featured":false}""".formatted(slug, price);
	}

}
