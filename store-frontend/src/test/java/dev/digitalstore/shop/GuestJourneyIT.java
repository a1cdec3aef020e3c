package dev.digitalstore.shop;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.digitalstore.shop.pages.Browser;
import dev.digitalstore.shop.pages.CartPage;
import dev.digitalstore.shop.pages.CheckoutPage;
import dev.digitalstore.shop.pages.OrderPage;
import dev.digitalstore.shop.pages.ProductPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A guest's whole purchase in a real browser costs the sessions' database nothing: the
 * notices after each form, the cart and the access to the order just placed are cookies.
 */
@ShopIntegrationTest
class GuestJourneyIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private String baseUrl;

	private WebDriver browser;

	@BeforeEach
	void freshBrowser() {
		this.baseUrl = "http://localhost:" + this.port;
		Browser.reset(this.baseUrl);
		this.browser = Browser.driver();
	}

	@Test
	void aGuestBuysWithoutASessionAndSeesEachNoticeOnce() {
		long start = System.currentTimeMillis();

		CartPage cart = ProductPage.open(this.browser, this.baseUrl, "kotlin-in-depth").addToCart();
		assertThat(cart.notice()).isEqualTo("“Kotlin in Depth” is in your cart.");
		cart.reload();
		assertThat(cart.hasNotice()).as("the notice is shown once").isFalse();
		assertThat(cart.titles()).containsExactly("Kotlin in Depth");

		cart = cart.setQuantity("kotlin-in-depth", 2);
		Browser.screenshot("guest-cart-updated");
		assertThat(cart.notice()).isEqualTo("Your cart was updated.");
		assertThat(cart.total()).isEqualTo("€25.98");
		assertThat(cart.cartCount()).isEqualTo(2);
		cart.reload();
		assertThat(cart.hasNotice()).isFalse();

		CheckoutPage checkout = cart.checkout();
		String email = "guest-journey-" + UUID.randomUUID() + "@example.test";
		checkout.fill(email, "FR", "tok_chargeDeclined").pay();
		assertThat(checkout.errors()).contains("Your card was declined");
		OrderPage order = checkout.fill(email, "FR", "tok_visa").payExpectingOrder();
		assertThat(order.currentPath()).startsWith("/orders/DS-").doesNotContain("token");
		assertThat(order.heading()).contains(order.reference());

		order.waitForDelivery(Duration.ofSeconds(20));
		Browser.screenshot("guest-order-delivered");
		assertThat(order.downloadLinks()).singleElement().asString().startsWith("/downloads/");
		assertThat(order.cartCount()).isZero();
		assertThat(order.hasNotice()).isFalse();
		order.reload();
		assertThat(order.downloadLinks()).as("the order stays open to this browser").hasSize(1);

		Cookie orders = this.browser.manage().getCookieNamed("__Host-orders");
		assertThat(orders).isNotNull();
		assertThat(orders.isHttpOnly()).isTrue();
		assertThat(orders.isSecure()).isTrue();
		assertThat(orders.getValue()).startsWith(order.reference() + ":");
		assertThat(this.browser.manage().getCookies()).extracting(Cookie::getName)
			.as("no session, and no notice left behind")
			.noneMatch((name) -> name.contains("SESSION"))
			.doesNotContain("__Host-notice");
		assertThat(sessionsCreatedSince(start)).as("rows added to shop_session.spring_session").isZero();
	}

	private long sessionsCreatedSince(long millis) {
		return this.jdbc.queryForObject("select count(*) from shop_session.spring_session where creation_time >= ?",
				Long.class, millis);
	}

}
