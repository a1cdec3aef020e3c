package dev.digitalstore.shop;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

import dev.digitalstore.shop.pages.Browser;
import dev.digitalstore.shop.pages.CartPage;
import dev.digitalstore.shop.pages.CatalogPage;
import dev.digitalstore.shop.pages.CheckoutPage;
import dev.digitalstore.shop.pages.HomePage;
import dev.digitalstore.shop.pages.OrderPage;
import dev.digitalstore.shop.pages.ProductPage;
import dev.digitalstore.shop.pages.ShopHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** A guest's purchase in a real browser: search, filter, cart, checkout, delivery. */
@ShopIntegrationTest
class PurchaseJourneyIT {

	@LocalServerPort
	int port;

	private String baseUrl;

	private WebDriver browser;

	@BeforeEach
	void freshBrowser() {
		this.baseUrl = "http://localhost:" + this.port;
		Browser.reset(this.baseUrl);
		this.browser = Browser.driver();
	}

	@Test
	void guestFindsTwoProductsPaysWithATestCardAndGetsDownloadsAndAKey() {
		HomePage home = HomePage.open(this.browser, this.baseUrl);
		Browser.screenshot("purchase-home");
		assertThat(home.featuredTitles()).contains("Kotlin in Depth", "Photo Studio Pro");

		CatalogPage catalog = home.goToCatalog().search("kotlin", "ebooks", null, null);
		Browser.screenshot("purchase-search");
		assertThat(catalog.titles()).containsExactly("Kotlin in Depth");

		ProductPage kotlin = catalog.openProduct("Kotlin in Depth");
		assertThat(kotlin.price()).isEqualTo("€12.99");
		assertThat(kotlin.delivers()).contains("A file to download");
		CartPage cart = kotlin.addToCart();
		assertThat(cart.notice()).contains("Kotlin in Depth");
		assertThat(cart.cartCount()).isEqualTo(1);

		catalog = CatalogPage.open(this.browser, this.baseUrl).search("", "software", "40", "60");
		Browser.screenshot("purchase-price-filter");
		assertThat(catalog.titles()).containsExactly("Photo Studio Pro");
		cart = catalog.openProduct("Photo Studio Pro").addToCart();
		Browser.screenshot("purchase-cart");
		assertThat(cart.titles()).containsExactly("Kotlin in Depth", "Photo Studio Pro");
		assertThat(cart.total()).isEqualTo("€62.98");
		assertThat(cart.cartCount()).isEqualTo(2);

		CheckoutPage checkout = cart.checkout();
		assertThat(checkout.testCardTokens()).contains("tok_visa", "tok_chargeDeclined");
		assertThat(checkout.total()).isEqualTo("€62.98");
		checkout.fill("guest-" + UUID.randomUUID() + "@example.test", "FR", "tok_visa");
		Browser.screenshot("purchase-checkout");
		OrderPage order = checkout.payExpectingOrder();
		Browser.screenshot("purchase-order-pending");
		assertThat(order.refreshesItself()).as("pending order page refreshes itself").isTrue();

		order.waitForDelivery(Duration.ofSeconds(20));
		Browser.screenshot("purchase-order-delivered");
		assertThat(order.refreshesItself()).isFalse();
		assertThat(order.downloadLinks()).hasSize(2).allMatch((link) -> link.startsWith("/downloads/"));
		assertThat(order.licenceKeys()).singleElement().asString().startsWith("KEY-" + order.reference());
		assertThat(order.cartCount()).isZero();

		HttpResponse<String> download = new ShopHttp(this.baseUrl).get(order.downloadLinks().get(0));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				(disposition) -> assertThat(disposition).startsWith("attachment").contains("kotlin-in-depth.zip"));
		assertThat(download.body()).isEqualTo("Contents of Kotlin in Depth");
	}

	@Test
	void aDeclinedCardShowsTheReasonAndKeepsTheCart() {
		ProductPage.open(this.browser, this.baseUrl, "night-drive").addToCart();
		CheckoutPage checkout = CartPage.open(this.browser, this.baseUrl).checkout();
		String email = "declined-" + UUID.randomUUID() + "@example.test";
		checkout.fill(email, "DE", "tok_chargeDeclinedInsufficientFunds").pay();
		Browser.screenshot("declined-reason");
		assertThat(checkout.errors()).contains("Your card was declined").contains("insufficient funds");
		assertThat(checkout.currentPath()).isEqualTo("/checkout");

		CartPage cart = CartPage.open(this.browser, this.baseUrl);
		assertThat(cart.titles()).containsExactly("Night Drive");
		assertThat(cart.cartCount()).isEqualTo(1);

		OrderPage order = cart.checkout().fill(email, "DE", "tok_visa").payExpectingOrder();
		assertThat(order.heading()).contains(order.reference());
	}

	@Test
	void downloadsThatExpiredExplainWhy() {
		HttpResponse<String> gone = new ShopHttp(this.baseUrl).get("/downloads/dl-expired");
		assertThat(gone.statusCode()).isEqualTo(410);
		assertThat(gone.body()).contains("This link has expired").doesNotContain("Exception");
	}

}
