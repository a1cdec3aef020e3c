package dev.digitalstore.store.catalog;

import java.util.List;
import java.util.UUID;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.digitalstore.store.StoreIntegrationTest;
import dev.digitalstore.store.support.AdminProducts;
import dev.digitalstore.store.support.StatementCounter;
import dev.digitalstore.store.support.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasItem;

@StoreIntegrationTest
class CatalogSearchIT {

	@LocalServerPort
	int port;

	@Autowired
	TestTokens tokens;

	@Autowired
	StatementCounter statements;

	String admin;

	/** A word no other test uses, so searches see only this test's products. */
	String marker;

	@BeforeEach
	void setUp() {
		RestAssured.port = this.port;
		this.admin = this.tokens.mint(1, "ADMIN");
		this.marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	@Test
	void searchFindsEnglishAndFrenchWordsWithStemmingAndRanksTitlesFirst() {
		create("Gardening guides " + this.marker, "Practical advice for every season.", 1500, "ebooks");
		create("Night sounds " + this.marker, "Relaxing recordings, with guides to deep sleep.", 900, "music");
		create("Les livres de cuisine " + this.marker, "Recettes françaises traditionnelles.", 1200, "ebooks");

		List<String> guide = titles(search("guide " + this.marker));
		assertThat(guide).containsExactly("Gardening guides " + this.marker, "Night sounds " + this.marker);

		assertThat(titles(search("livre " + this.marker))).containsExactly("Les livres de cuisine " + this.marker);
		assertThat(titles(search("recette " + this.marker))).containsExactly("Les livres de cuisine " + this.marker);
		assertThat(titles(search("quantum " + this.marker))).isEmpty();
	}

	@Test
	void filtersSortAndPaginationCombine() {
		for (int i = 1; i <= 5; i++) {
			create("Course part " + i + " " + this.marker, "Lesson " + i, i * 1000L, "courses");
		}
		create("Album " + this.marker, "Songs", 3000, "music");

		Response page = RestAssured.given()
			.queryParams("q", this.marker, "category", "courses", "minPrice", 2000, "maxPrice", 4000, "sort",
					"price_desc", "size", 2, "page", 0)
			.get("/api/products");
		page.then().statusCode(200).body("totalItems", equalTo(3)).body("totalPages", equalTo(2));
		assertThat(page.jsonPath().getList("items.price.amountMinor", Long.class)).containsExactly(4000L, 3000L);
		assertThat(page.jsonPath().getList("items.category.slug", String.class)).containsOnly("courses");

		Response second = RestAssured.given()
			.queryParams("q", this.marker, "category", "courses", "minPrice", 2000, "maxPrice", 4000, "sort",
					"price_desc", "size", 2, "page", 1)
			.get("/api/products");
		assertThat(second.jsonPath().getList("items.price.amountMinor", Long.class)).containsExactly(2000L);
	}

	@Test
	void deactivatedProductsDisappearFromSearchAndTheirPage() {
		long id = create("Retired tool " + this.marker, "Old", 500, "software");
		String slug = "retired-tool-" + this.marker;
		RestAssured.get("/api/products/{slug}", slug).then().statusCode(200);

		AdminProducts.setActive(this.admin, id, false);

		assertThat(titles(search(this.marker))).isEmpty();
		RestAssured.get("/api/products/{slug}", slug)
			.then()
			.statusCode(404)
			.contentType("application/problem+json")
			.body("title", equalTo("Not found"));
	}

	@Test
	void catalogReadsAnswerConditionalRequestsWith304() {
		create("Cached book " + this.marker, "Text", 700, "ebooks");
		String slug = "cached-book-" + this.marker;
		Response first = RestAssured.get("/api/products/{slug}", slug);
		String etag = first.header("ETag");
		assertThat(etag).isNotBlank();
		assertThat(first.header("Cache-Control")).contains("max-age=30").contains("public");

		RestAssured.given().header("If-None-Match", etag).get("/api/products/{slug}", slug).then().statusCode(304);

		RestAssured.given()
			.auth()
			.oauth2(this.admin)
			.contentType("application/json")
			.body("""
					{"slug":"%s","title":"Cached book %s","description":"Text","priceMinor":800,
					 "categorySlug":"ebooks","tags":[],"kind":"DOWNLOAD","featured":false}""".formatted(slug,
					this.marker))
			.put("/api/admin/products/{id}", first.jsonPath().getLong("id"))
			.then()
			.statusCode(200);
		RestAssured.given()
			.header("If-None-Match", etag)
			.get("/api/products/{slug}", slug)
			.then()
			.statusCode(200)
			.body("price.amountMinor", equalTo(800));
	}

	@Test
	void categoriesListTheSeededDepartments() {
		RestAssured.get("/api/categories")
			.then()
			.statusCode(200)
			.body("slug", hasItem("ebooks"))
			.body("find { it.slug == 'music' }.nameFr", equalTo("Musique"));
	}

	@Test
	void aProductPageIsOneStatementAndACatalogPageTheSameCountWhateverItsSize() {
		for (int i = 0; i < 13; i++) {
			create("Budget item " + i + " " + this.marker, "Text", 100 + i, "software");
		}
		assertThat(countStatements("/api/products/budget-item-3-" + this.marker)).isEqualTo(1);
		// a text search: matches ranked and counted in one statement
		assertThat(countStatements("/api/products?size=12&q=" + this.marker)).isEqualTo(1);
		assertThat(countStatements("/api/products?size=48&q=" + this.marker)).isEqualTo(1);
		// a listing: the page by index and its count
		assertThat(countStatements("/api/products?size=12&category=software")).isEqualTo(2);
		assertThat(countStatements("/api/products?size=48&category=software")).isEqualTo(2);
	}

	@Test
	void aPagePastTheLastMatchIsEmptyButStillCountsTheMatches() {
		for (int i = 1; i <= 3; i++) {
			create("Pocket atlas " + i + " " + this.marker, "Maps", 100L * i, "ebooks");
		}
		RestAssured.given()
			.queryParams("q", "atlas " + this.marker, "size", 2, "page", 5)
			.get("/api/products")
			.then()
			.statusCode(200)
			.body("items", hasSize(0))
			.body("totalItems", equalTo(3))
			.body("totalPages", equalTo(2));
		Response last = RestAssured.given()
			.queryParams("q", "atlas " + this.marker, "size", 2, "page", 1, "sort", "price_asc")
			.get("/api/products");
		assertThat(titles(last)).containsExactly("Pocket atlas 3 " + this.marker);
	}

	@Test
	void invalidParametersAreProblemsNamingTheField() {
		RestAssured.get("/api/products?size=0")
			.then()
			.statusCode(400)
			.contentType("application/problem+json")
			.body("errors[0].field", equalTo("size"));
		RestAssured.get("/api/products?minPrice=500&maxPrice=100")
			.then()
			.statusCode(400)
			.body("errors[0].field", equalTo("minPrice"));
		RestAssured.get("/api/products?sort=cheapest").then().statusCode(400).body("errors[0].field", equalTo("sort"));
		RestAssured.get("/api/products?page=abc").then().statusCode(400).contentType("application/problem+json");
	}

	private int countStatements(String path) {
		String id = UUID.randomUUID().toString();
		RestAssured.given().header(StatementCounter.HEADER, id).get(path).then().statusCode(200);
		return this.statements.count(id);
	}

	private long create(String title, String description, long price, String category) {
		String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
		return AdminProducts.create(this.admin, slug, title, description, price, category, "DOWNLOAD");
	}

	private static Response search(String q) {
		return RestAssured.given().queryParam("q", q).get("/api/products");
	}

	private static List<String> titles(Response response) {
		response.then().statusCode(200);
		return response.jsonPath().getList("items.title", String.class);
	}

}
