package dev.digitalstore.local;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;

import dev.digitalstore.shop.pages.Browser;
import dev.digitalstore.shop.pages.CartPage;
import dev.digitalstore.shop.pages.CatalogPage;
import dev.digitalstore.shop.pages.HomePage;
import dev.digitalstore.shop.pages.ProductPage;

import static dev.digitalstore.shop.pages.ShopPage.normalizeSpaces;
import static org.assertj.core.api.Assertions.assertThat;

/** The shop in French, with the backend's real catalog: texts, category names, prices. */
@ExtendWith(FullStore.class)
class FrenchLocaleIT {

	private final String shop;

	private WebDriver browser;

	FrenchLocaleIT(LocalStore store) {
		this.shop = store.shopUrl();
	}

	@BeforeEach
	void freshBrowser() {
		Browser.reset(this.shop);
		this.browser = Browser.driver();
	}

	@Test
	void aFrenchShopperReadsFrenchAndSeesPricesTheFrenchWay() {
		HomePage home = HomePage.open(this.browser, this.shop);
		home.switchLanguage("fr");
		Browser.screenshot("french-home");
		assertThat(home.heading()).isEqualTo("Produits numériques, livrés immédiatement");

		CatalogPage catalog = home.goToCatalog();
		assertThat(catalog.heading()).isEqualTo("Catalogue");
		// The backend's French category names, with their product counts.
		assertThat(new Select(this.browser.findElement(By.id("category"))).getOptions())
			.extracting((option) -> option.getText().replaceAll(" \\(\\d+\\)$", ""))
			.contains("Livres numériques", "Logiciels", "Musique", "Formations");

		ProductPage gardener = ProductPage.open(this.browser, this.shop, "the-pragmatic-gardener");
		Browser.screenshot("french-product");
		assertThat(normalizeSpaces(gardener.price())).isEqualTo("12,99 €");
		assertThat(gardener.delivers()).contains("Un fichier à télécharger dès le paiement");

		CartPage cart = gardener.addToCart();
		Browser.screenshot("french-cart");
		assertThat(cart.lang()).isEqualTo("fr");
		assertThat(normalizeSpaces(cart.total())).isEqualTo("12,99 €");
	}

}
