package dev.digitalstore.store.support;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * Creates products through the admin API, as an admin would, for tests that need a
 * catalog.
 */
public final class AdminProducts {

	/** The smallest file the upload checks accept as a PDF. */
	public static final byte[] PDF = "%PDF-1.4\n% the course itself\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	private AdminProducts() {
	}

	/** Creates an active product and returns its id. */
	public static long create(String adminToken, String slug, String title, String description, long priceMinor,
			String category, String kind, String... tags) {
		Map<String, Object> body = Map.of("slug", slug, "title", title, "description", description, "priceMinor",
				priceMinor, "categorySlug", category, "tags", List.of(tags), "kind", kind, "featured", false);
		return RestAssured.given()
			.auth()
			.oauth2(adminToken)
			.contentType(ContentType.JSON)
			.body(body)
			.post("/api/admin/products")
			.then()
			.statusCode(201)
			.extract()
			.jsonPath()
			.getLong("id");
	}

	/** Uploads a downloadable file (multipart, as the admin pages do). */
	public static void uploadFile(String adminToken, long productId, String fileName, String contentType,
			byte[] content) {
		RestAssured.given()
			.auth()
			.oauth2(adminToken)
			.multiPart("file", fileName, content, contentType)
			.put("/api/admin/products/{id}/file", productId)
			.then()
			.statusCode(200);
	}

	/** Puts a product on sale, or takes it off. */
	public static void setActive(String adminToken, long productId, boolean active) {
		RestAssured.given()
			.auth()
			.oauth2(adminToken)
			.post("/api/admin/products/{id}/" + (active ? "activate" : "deactivate"), productId)
			.then()
			.statusCode(200);
	}

}
