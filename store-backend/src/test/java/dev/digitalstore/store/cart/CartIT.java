package dev.digitalstore.store.cart;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import dev.digitalstore.store.catalog.ProductKind;
import dev.digitalstore.store.support.StatementCounter;
import dev.digitalstore.store.testsupport.CommerceFixtures;
import dev.digitalstore.store.testsupport.CommerceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;

class CartIT extends CommerceIntegrationTest {

	@Autowired
	StatementCounter statements;

	@Test
	void guestCartIsPricedFromTheCatalogOnEveryRead() {
		long ebook = this.fixtures.product(ProductKind.DOWNLOAD, 1999);
		long course = this.fixtures.product(ProductKind.DOWNLOAD, 5000);
		String cartId = RestAssured.post("/api/carts")
			.then()
			.statusCode(201)
			.body("id", matchesPattern("[A-Za-z0-9_-]{43}"))
			.body("items", hasSize(0))
			.body("total.amountMinor", equalTo(0))
			.body("total.currency", equalTo("EUR"))
			.extract()
			.path("id");

		setQuantity(cartId, ebook, 2).then().statusCode(200);
		setQuantity(cartId, course, 1).then().statusCode(200);
		setQuantity(cartId, ebook, 3).then()
			.statusCode(200)
			.body("items", hasSize(2))
			.body("items[0].productId", equalTo((int) ebook))
			.body("items[0].quantity", equalTo(3))
			.body("items[0].unitPrice.amountMinor", equalTo(1999))
			.body("items[0].lineTotal.amountMinor", equalTo(5997))
			.body("items[0].available", equalTo(true))
			.body("itemCount", equalTo(4))
			.body("total.amountMinor", equalTo(10997));

		this.jdbc.sql("update product set price_minor = 2500 where id = ?").param(ebook).update();
		RestAssured.get("/api/carts/{id}", cartId).then().body("total.amountMinor", equalTo(12500));

		RestAssured.delete("/api/carts/{id}/items/{product}", cartId, ebook)
			.then()
			.statusCode(200)
			.body("items", hasSize(1))
			.body("total.amountMinor", equalTo(5000));
	}

	@Test
	void aCartReadTakesAtMostThreeStatementsWhateverItsSize() {
		long[] products = new long[6];
		for (int i = 0; i < products.length; i++) {
			products[i] = this.fixtures.product(ProductKind.DOWNLOAD, 100 + i);
		}
		String cartId = CommerceFixtures.guestCart(products);
		String trace = UUID.randomUUID().toString();

		RestAssured.given()
			.header(StatementCounter.HEADER, trace)
			.get("/api/carts/{id}", cartId)
			.then()
			.statusCode(200)
			.body("items", hasSize(6));

		assertThat(this.statements.count(trace)).isBetween(1, 3);

		CommerceFixtures.Customer customer = this.fixtures.customer(false);
		customer.given().get("/api/me/cart").then().statusCode(200);
		String customerCart = customer.given().get("/api/me/cart").then().extract().path("id");
		for (long product : products) {
			customer.given()
				.contentType(ContentType.JSON)
				.body("{\"quantity\": 1}")
				.put("/api/carts/{id}/items/{product}", customerCart, product);
		}
		String customerTrace = UUID.randomUUID().toString();
		customer.given()
			.header(StatementCounter.HEADER, customerTrace)
			.get("/api/me/cart")
			.then()
			.statusCode(200)
			.body("items", hasSize(6));
		assertThat(this.statements.count(customerTrace)).isBetween(1, 3);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"quantity\": 0}", "{\"quantity\": -1}", "{\"quantity\": 101}", "{}",
			"{\"quantity\": \"two\"}", "{\"quantity\": 1, \"price\": 1}", "{\"quantity\": ", "" })
	void badQuantitiesAreProblemsAndChangeNothing(String body) {
		long product = this.fixtures.product(ProductKind.DOWNLOAD, 100);
		String cartId = CommerceFixtures.guestCart(product);

		RestAssured.given()
			.contentType(ContentType.JSON)
			.body(body)
			.put("/api/carts/{id}/items/{product}", cartId, product)
			.then()
			.statusCode(400)
			.contentType("application/problem+json");

		RestAssured.get("/api/carts/{id}", cartId).then().body("items[0].quantity", equalTo(1));
	}

	@Test
	void unknownCartsAndProductsAre404AndInactiveProductsCannotBeAdded() {
		long product = this.fixtures.product(ProductKind.DOWNLOAD, 100);
		String cartId = CommerceFixtures.guestCart();
		RestAssured.get("/api/carts/{id}", "x".repeat(43)).then().statusCode(404);
		setQuantity("x".repeat(43), product, 1).then().statusCode(404);
		setQuantity(cartId, 999_999_999L, 1).then().statusCode(404);

		this.fixtures.deactivate(product);
		setQuantity(cartId, product, 1).then()
			.statusCode(422)
			.body("type", equalTo("https://digital-store.dev/problems/product-unavailable"));
		RestAssured.get("/api/carts/{id}", cartId).then().body("items", hasSize(0));
	}

	@Test
	void aCustomersCartIsReachableOnlyWithTheirToken() {
		CommerceFixtures.Customer owner = this.fixtures.customer(false);
		CommerceFixtures.Customer stranger = this.fixtures.customer(false);
		long product = this.fixtures.product(ProductKind.DOWNLOAD, 100);
		String cartId = owner.given().get("/api/me/cart").then().statusCode(200).extract().path("id");
		assertThat(owner.given().post("/api/carts").then().statusCode(201).extract().<String>path("id"))
			.isEqualTo(cartId);

		RestAssured.get("/api/carts/{id}", cartId).then().statusCode(404);
		stranger.given().get("/api/carts/{id}", cartId).then().statusCode(404);
		stranger.given()
			.contentType(ContentType.JSON)
			.body("{\"quantity\": 1}")
			.put("/api/carts/{id}/items/{product}", cartId, product)
			.then()
			.statusCode(404);
		owner.given().get("/api/carts/{id}", cartId).then().statusCode(200);
		RestAssured.get("/api/me/cart").then().statusCode(401);
	}

	@Test
	void signingInMergesTheGuestCartIntoTheCustomersCart() {
		CommerceFixtures.Customer customer = this.fixtures.customer(false);
		long shared = this.fixtures.product(ProductKind.DOWNLOAD, 100);
		long guestOnly = this.fixtures.product(ProductKind.DOWNLOAD, 200);
		String customerCart = customer.given().get("/api/me/cart").then().extract().path("id");
		customer.given()
			.contentType(ContentType.JSON)
			.body("{\"quantity\": 50}")
			.put("/api/carts/{id}/items/{product}", customerCart, shared)
			.then()
			.statusCode(200);
		String guestCart = CommerceFixtures.guestCart(guestOnly);
		setQuantity(guestCart, shared, 60).then().statusCode(200);

		customer.given()
			.contentType(ContentType.JSON)
			.body("{\"cartId\": \"" + guestCart + "\"}")
			.post("/api/me/cart/merge")
			.then()
			.statusCode(200)
			.body("id", equalTo(customerCart))
			.body("items", hasSize(2))
			.body("items.find { it.productId == " + shared + " }.quantity", equalTo(100))
			.body("items.find { it.productId == " + guestOnly + " }.quantity", equalTo(1));

		assertThat(this.jdbc.sql("select status from cart where id = ?").param(guestCart).query(String.class).single())
			.isEqualTo("MERGED");
		RestAssured.get("/api/carts/{id}", guestCart).then().statusCode(404);
		// Merging again, or merging another customer's cart, finds nothing.
		customer.given()
			.contentType(ContentType.JSON)
			.body("{\"cartId\": \"" + guestCart + "\"}")
			.post("/api/me/cart/merge")
			.then()
			.statusCode(404);
		String otherCustomersCart = this.fixtures.customer(false)
			.given()
			.get("/api/me/cart")
			.then()
			.extract()
			.path("id");
		customer.given()
			.contentType(ContentType.JSON)
			.body("{\"cartId\": \"" + otherCustomersCart + "\"}")
			.post("/api/me/cart/merge")
			.then()
			.statusCode(404);
	}

	@Test
	void addingToTheCartIncrementsAtomicallyUpToTheLimit() throws Exception {
		long product = this.fixtures.product(ProductKind.DOWNLOAD, 700);
		String cartId = CommerceFixtures.guestCart();
		add(cartId, "{\"productId\": " + product + "}").then().statusCode(200).body("items[0].quantity", equalTo(1));
		add(cartId, "{\"productId\": " + product + ", \"quantity\": 2}").then()
			.statusCode(200)
			.body("items[0].quantity", equalTo(3))
			.body("total.amountMinor", equalTo(2100));

		// ten shoppers' tabs adding at the same moment: every one counts
		ExecutorService pool = Executors.newFixedThreadPool(10);
		try {
			List<Future<Integer>> adds = new ArrayList<>();
			for (int i = 0; i < 10; i++) {
				adds.add(pool.submit(() -> add(cartId, "{\"productId\": " + product + "}").statusCode()));
			}
			for (Future<Integer> status : adds) {
				assertThat(status.get(30, TimeUnit.SECONDS)).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
		RestAssured.get("/api/carts/{id}", cartId).then().body("items[0].quantity", equalTo(13));

		add(cartId, "{\"productId\": " + product + ", \"quantity\": 100}").then()
			.statusCode(200)
			.body("items[0].quantity", equalTo(100));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{}", "{\"productId\": 0}", "{\"productId\": 1, \"quantity\": 0}",
			"{\"productId\": 1, \"quantity\": 101}", "{\"productId\": \"one\"}", "" })
	void badAddsAreProblemsAndChangeNothing(String body) {
		long product = this.fixtures.product(ProductKind.DOWNLOAD, 100);
		String cartId = CommerceFixtures.guestCart(product);
		add(cartId, body).then().statusCode(400).contentType("application/problem+json");
		RestAssured.get("/api/carts/{id}", cartId).then().body("items[0].quantity", equalTo(1));
	}

	@Test
	void addingAnInactiveProductOrToAnUnknownCartIsRefused() {
		long product = this.fixtures.product(ProductKind.DOWNLOAD, 100);
		String cartId = CommerceFixtures.guestCart();
		add("x".repeat(43), "{\"productId\": " + product + "}").then().statusCode(404);
		add(cartId, "{\"productId\": 999999999}").then().statusCode(404);
		this.fixtures.deactivate(product);
		add(cartId, "{\"productId\": " + product + "}").then().statusCode(422);
		RestAssured.get("/api/carts/{id}", cartId).then().body("items", hasSize(0));
	}

	private static io.restassured.response.Response add(String cartId, String body) {
		return RestAssured.given().contentType(ContentType.JSON).body(body).post("/api/carts/{id}/items", cartId);
	}

	private static io.restassured.response.Response setQuantity(String cartId, long productId, int quantity) {
		return RestAssured.given()
			.contentType(ContentType.JSON)
			.body("{\"quantity\": " + quantity + "}")
			.put("/api/carts/{id}/items/{product}", cartId, productId);
	}

}
