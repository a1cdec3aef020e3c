package dev.digitalstore.local;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import dev.digitalstore.shop.pages.Browser;
import dev.digitalstore.shop.pages.CartPage;
import dev.digitalstore.shop.pages.CatalogPage;
import dev.digitalstore.shop.pages.CheckoutPage;
import dev.digitalstore.shop.pages.HomePage;
import dev.digitalstore.shop.pages.LibraryPage;
import dev.digitalstore.shop.pages.OrderPage;
import dev.digitalstore.shop.pages.ProductPage;
import dev.digitalstore.shop.pages.RegisterPage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shopper's whole visit, on the real store: the demo catalog, the real payment flow
 * (simulated provider, signed webhook, outbox, fulfilment) and the real files.
 */
@ExtendWith(FullStore.class)
class ShopperJourneyIT {

	private static final String LICENCE_KEY = "[A-Z2-9]{5}(-[A-Z2-9]{5}){3}";

	private final LocalStore store;

	private final String shop;

	private WebDriver browser;

	ShopperJourneyIT(LocalStore store) {
		this.store = store;
		this.shop = store.shopUrl();
	}

	@BeforeEach
	void freshBrowser() {
		Browser.reset(this.shop);
		this.browser = Browser.driver();
	}

	@Test
	void aShopperFindsTwoProductsRegistersAtCheckoutPaysAndKeepsThemInTheirLibrary() throws Exception {
		HomePage home = HomePage.open(this.browser, this.shop);
		Browser.screenshot("journey-home");
		assertThat(home.featuredTitles()).contains("NoteNest");

		CatalogPage catalog = home.goToCatalog().search("gardener", "ebooks", null, null);
		Browser.screenshot("journey-search");
		assertThat(catalog.titles()).containsExactly("The Pragmatic Gardener");
		ProductPage gardener = catalog.openProduct("The Pragmatic Gardener");
		assertThat(gardener.price()).isEqualTo("€12.99");
		gardener.addToCart();

		catalog = CatalogPage.open(this.browser, this.shop).search("", "software", "25", "30");
		Browser.screenshot("journey-filter");
		assertThat(catalog.titles()).containsExactly("NoteNest");
		// The cover comes from the API's stored image, through the shop.
		assertThat(
				this.browser.findElement(By.cssSelector("img[src='/covers/notenest']")).getDomProperty("naturalWidth"))
			.isNotIn(null, "0");
		CartPage cart = catalog.openProduct("NoteNest").addToCart();
		Browser.screenshot("journey-cart");
		assertThat(cart.titles()).containsExactlyInAnyOrder("The Pragmatic Gardener", "NoteNest");
		assertThat(cart.total()).isEqualTo("€41.99");

		// A guest until checkout: creating the account keeps the cart.
		String email = "shopper-" + UUID.randomUUID() + "@example.test";
		String password = "shopper-password-1";
		RegisterPage.open(this.browser, this.shop, "/checkout").fill("Sam Shopper", email, password).register();
		CheckoutPage checkout = new CheckoutPage(this.browser, this.shop);
		assertThat(checkout.currentPath()).isEqualTo("/checkout");
		assertThat(checkout.total()).isEqualTo("€41.99");
		checkout.fill(email, "FR", "tok_visa");
		Browser.screenshot("journey-checkout");
		OrderPage order = checkout.payExpectingOrder();
		Browser.screenshot("journey-order-placed");
		order.waitForDelivery(Duration.ofSeconds(30));
		String reference = order.reference();
		Browser.screenshot("journey-order-delivered");
		assertThat(order.cartCount()).isZero();
		List<String> keys = order.licenceKeys();
		assertThat(keys).singleElement().asString().matches(LICENCE_KEY);

		Map<String, HttpResponse<byte[]>> downloads = order.downloadLinks()
			.stream()
			.map((link) -> BrowserSession.get(this.browser, this.shop, link))
			.collect(Collectors.toMap(BrowserSession::fileName, Function.identity()));
		assertThat(downloads).containsOnlyKeys("the-pragmatic-gardener.epub", "notenest.zip");
		assertThat(downloads.get("the-pragmatic-gardener.epub").body())
			.isEqualTo(demoFile("the-pragmatic-gardener/book.epub"));
		assertThat(downloads.get("notenest.zip").body()).isEqualTo(demoFile("notenest/setup.zip"));

		// Signed out and back in: the purchase is in the library.
		order.signOut().goToSignIn().signIn(email, password);
		LibraryPage library = LibraryPage.open(this.browser, this.shop);
		Browser.screenshot("journey-library");
		List<LibraryPage.Item> items = library.items();
		assertThat(items).extracting(LibraryPage.Item::title)
			.containsExactlyInAnyOrder("The Pragmatic Gardener", "NoteNest");
		assertThat(items).allSatisfy((item) -> {
			assertThat(item.orderReference()).isEqualTo(reference);
			assertThat(item.downloadLink()).startsWith("/downloads/");
		});
		assertThat(items).filteredOn((item) -> item.title().equals("NoteNest"))
			.singleElement()
			.satisfies((item) -> assertThat(item.licenceKeys()).isEqualTo(keys));
	}

	@Test
	void aDeclinedCardShowsTheReasonChargesNothingAndKeepsTheCart() {
		ProductPage.open(this.browser, this.shop, "midnight-piano-sessions").addToCart();
		CheckoutPage checkout = CartPage.open(this.browser, this.shop).checkout();
		String email = "declined-" + UUID.randomUUID() + "@example.test";
		checkout.fill(email, "DE", "tok_chargeDeclinedInsufficientFunds").pay();
		Browser.screenshot("declined-reason");
		assertThat(checkout.currentPath()).isEqualTo("/checkout");
		assertThat(checkout.errors()).containsIgnoringCase("insufficient funds");

		StoreApi api = new StoreApi(this.store);
		String admin = api.token(FullStore.ADMIN_EMAIL, FullStore.ADMIN_PASSWORD);
		assertThat(api.adminOrders(admin, email)).extracting((order) -> order.get("status").asString())
			.containsExactly("CANCELLED");

		CartPage cart = CartPage.open(this.browser, this.shop);
		Browser.screenshot("declined-cart-kept");
		assertThat(cart.titles()).containsExactly("Midnight Piano Sessions");
		assertThat(cart.cartCount()).isEqualTo(1);
	}

	private byte[] demoFile(String key) throws Exception {
		return Files.readAllBytes(this.store.settings().dataDirectory().resolve(Path.of("assets", "demo", key)));
	}

}
