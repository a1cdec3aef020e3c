package dev.digitalstore.shop.pages;

import org.openqa.selenium.WebDriver;

/** A product's page: price, what you get, add to cart. */
public class ProductPage extends ShopPage {

	public ProductPage(WebDriver driver, String baseUrl) {
		super(driver, baseUrl);
	}

	public static ProductPage open(WebDriver driver, String baseUrl, String slug) {
		driver.get(baseUrl + "/products/" + slug);
		return new ProductPage(driver, baseUrl);
	}

	public String title() {
		return find("product-title").getText();
	}

	public String price() {
		return find("product-price").getText();
	}

	public String delivers() {
		return find("delivers").getText();
	}

	public CartPage addToCart() {
		submit(find("add-to-cart"));
		return new CartPage(this.driver, this.baseUrl);
	}

}
