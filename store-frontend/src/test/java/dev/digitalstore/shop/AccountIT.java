package dev.digitalstore.shop;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.digitalstore.shop.fakes.FakeBackend;
import dev.digitalstore.shop.pages.Browser;
import dev.digitalstore.shop.pages.CartPage;
import dev.digitalstore.shop.pages.CheckoutPage;
import dev.digitalstore.shop.pages.LibraryPage;
import dev.digitalstore.shop.pages.OrderPage;
import dev.digitalstore.shop.pages.ProductPage;
import dev.digitalstore.shop.pages.RegisterPage;
import dev.digitalstore.shop.pages.SignInPage;

import static org.assertj.core.api.Assertions.assertThat;

/** Accounts in a real browser: register, sign in with the guest cart merged, library. */
@ShopIntegrationTest
class AccountIT {

	@LocalServerPort
	int port;

	@Autowired
	FakeBackend backend;

	private String baseUrl;

	private WebDriver browser;

	@BeforeEach
	void freshBrowser() {
		this.baseUrl = "http://localhost:" + this.port;
		Browser.reset(this.baseUrl);
		this.browser = Browser.driver();
	}

	@Test
	void registrationAsksForTheStorePasswordRulesAndPointsTakenAddressesToSignIn() {
		String email = "rules-" + UUID.randomUUID() + "@example.test";
		RegisterPage page = RegisterPage.open(this.browser, this.baseUrl, "/").fill("Ada", email, "nine-char");
		// As a script would post it, past the browser's own minlength check.
		((JavascriptExecutor) this.browser)
			.executeScript("document.querySelector('[data-testid=register-form]').noValidate = true");
		page.register();
		Browser.screenshot("account-register-short-password");
		assertThat(this.browser.findElement(By.id("password-hint")).getText()).contains("At least 10 characters");
		assertThat(this.browser.findElement(By.cssSelector("[data-testid='error-password']")).getText()).isNotBlank();

		// Nothing was created: the address is still free (the fake refuses a taken one).
		this.backend.accounts().register(email, "customer-password", "Ada");
		RegisterPage again = RegisterPage.open(this.browser, this.baseUrl, "/")
			.fill("Ada again", email, "another-password");
		again.register();
		assertThat(again.errors()).contains("An account already exists for this e-mail address: sign in instead.");
	}

	@Test
	void aCustomerRegistersKeepsTheirGuestCartAtSignInAndFindsPurchasesInTheLibrary() {
		String email = "customer-" + UUID.randomUUID() + "@example.test";
		RegisterPage register = RegisterPage.open(this.browser, this.baseUrl, "/")
			.fill("Grace", email, "long-enough-password");
		Browser.screenshot("account-register");
		register.register();
		ProductPage home = new ProductPage(this.browser, this.baseUrl);
		home.signOut();
		assertThat(this.backend.accounts().signedOut(email)).as("token revoked at sign-out").isTrue();

		CartPage guestCart = ProductPage.open(this.browser, this.baseUrl, "shield-antivirus").addToCart();
		assertThat(guestCart.titles()).containsExactly("Shield Antivirus 2026");

		guestCart.goToSignIn().signIn(email, "long-enough-password");
		CartPage cart = CartPage.open(this.browser, this.baseUrl);
		Browser.screenshot("account-merged-cart");
		assertThat(cart.titles()).as("guest cart merged at sign-in").containsExactly("Shield Antivirus 2026");

		CheckoutPage checkout = cart.checkout();
		assertThat(checkout.email()).isEqualTo(email);
		OrderPage order = checkout.fill(email, "GB", "tok_visa").payExpectingOrder();
		order.waitForDelivery(Duration.ofSeconds(20));
		String key = order.licenceKeys().get(0);
		String reference = order.reference();

		LibraryPage library = LibraryPage.open(this.browser, this.baseUrl);
		Browser.screenshot("account-library");
		assertThat(library.items()).anySatisfy((item) -> {
			assertThat(item.title()).isEqualTo("Shield Antivirus 2026");
			assertThat(item.licenceKeys()).contains(key);
		});

		this.browser.get(this.baseUrl + "/account/orders");
		assertThat(this.browser.findElement(By.cssSelector("[data-testid='orders']")).getText()).contains(reference,
				"Delivered");
	}

	@Test
	void aGuestCartSurvivesTheBrowserRestart() {
		ProductPage.open(this.browser, this.baseUrl, "lofi-beats").addToCart();
		// A restart drops session cookies: only the long-lived cart cookie stays.
		this.browser.manage()
			.getCookies()
			.stream()
			.filter((cookie) -> cookie.getExpiry() == null)
			.forEach((cookie) -> this.browser.manage().deleteCookie(cookie));
		assertThat(this.browser.manage().getCookieNamed("__Host-cart")).isNotNull();

		CartPage cart = CartPage.open(this.browser, this.baseUrl);
		assertThat(cart.titles()).containsExactly("Lo-fi Beats to Code To");
	}

	@Test
	void accountPagesAskToSignInFirstAndComeBack() {
		this.browser.get(this.baseUrl + "/account/orders");
		assertThat(this.browser.getCurrentUrl()).contains("/sign-in?next=");
		String email = "back-" + UUID.randomUUID() + "@example.test";
		this.backend.accounts().register(email, "customer-password", "Lin");
		new SignInPage(this.browser, this.baseUrl).signIn(email, "customer-password");
		assertThat(this.browser.getCurrentUrl()).endsWith("/account/orders");
	}

}
