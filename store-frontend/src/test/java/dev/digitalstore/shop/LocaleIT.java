package dev.digitalstore.shop;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

import dev.digitalstore.shop.pages.Browser;
import dev.digitalstore.shop.pages.CartPage;
import dev.digitalstore.shop.pages.HomePage;
import dev.digitalstore.shop.pages.ProductPage;
import dev.digitalstore.shop.pages.ShopHttp;

import static dev.digitalstore.shop.pages.ShopPage.normalizeSpaces;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * English and French: from Accept-Language, or chosen with the switcher and remembered.
 */
@ShopIntegrationTest
class LocaleIT {

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
	void theSwitcherShowsFrenchTextsAndPricesAndRemembersTheChoice() {
		ProductPage product = ProductPage.open(this.browser, this.baseUrl, "kotlin-in-depth");
		assertThat(product.lang()).isEqualTo("en");
		assertThat(product.price()).isEqualTo("€12.99");

		product.switchLanguage("fr");
		Browser.screenshot("locale-product-fr");
		assertThat(product.currentPath()).startsWith("/products/kotlin-in-depth");
		assertThat(normalizeSpaces(product.price())).isEqualTo("12,99 €");
		assertThat(product.pageText()).contains("Ce que vous recevez", "Un fichier à télécharger");

		CartPage cart = product.addToCart();
		assertThat(cart.notice()).contains("est dans votre panier");
		assertThat(normalizeSpaces(cart.total())).isEqualTo("12,99 €");

		HomePage home = HomePage.open(this.browser, this.baseUrl);
		Browser.screenshot("locale-home-fr");
		assertThat(home.lang()).isEqualTo("fr");
		assertThat(home.heading()).isEqualTo("Produits numériques, livrés immédiatement");
		home.switchLanguage("en");
		assertThat(home.heading()).isEqualTo("Digital goods, delivered instantly");
	}

	@Test
	void theBrowsersLanguageIsTheDefault() {
		HttpResponse<String> french = new ShopHttp(this.baseUrl).get("/products/kotlin-in-depth", "Accept-Language",
				"fr-CH, fr;q=0.9, en;q=0.8");
		assertThat(french.body()).contains("<html lang=\"fr\">", "Ajouter au panier");
		assertThat(normalizeSpaces(french.body())).contains("12,99 €");

		HttpResponse<String> german = new ShopHttp(this.baseUrl).get("/products/kotlin-in-depth", "Accept-Language",
				"de-DE, de;q=0.9");
		assertThat(german.body()).contains("<html lang=\"en\">", "Add to cart", "€12.99");
	}

	@Test
	void anUnsupportedLanguageInTheSwitcherIsIgnored() {
		HttpResponse<String> page = new ShopHttp(this.baseUrl).get("/?lang=xx", "Accept-Language", "fr");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<html lang=\"fr\">");
	}

}
