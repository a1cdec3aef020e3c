package dev.digitalstore.shop.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The cart: lines, quantities, totals, checkout. */
public class CartPage extends ShopPage {

	public CartPage(WebDriver driver, String baseUrl) {
		super(driver, baseUrl);
	}

	public static CartPage open(WebDriver driver, String baseUrl) {
		driver.get(baseUrl + "/cart");
		return new CartPage(driver, baseUrl);
	}

	public List<String> titles() {
		return all("line-title").stream().map(WebElement::getText).toList();
	}

	public String total() {
		return find("cart-total").getText();
	}

	public boolean isEmpty() {
		return !all("cart-empty").isEmpty();
	}

	public CartPage setQuantity(String slug, int quantity) {
		WebElement line = line(slug);
		WebElement field = line.findElement(testId("quantity"));
		field.clear();
		field.sendKeys(String.valueOf(quantity));
		submit(line.findElement(testId("update")));
		return new CartPage(this.driver, this.baseUrl);
	}

	public CartPage remove(String slug) {
		submit(line(slug).findElement(testId("remove")));
		return new CartPage(this.driver, this.baseUrl);
	}

	public CheckoutPage checkout() {
		submit(find("checkout"));
		return new CheckoutPage(this.driver, this.baseUrl);
	}

	private WebElement line(String slug) {
		return this.driver.findElement(By.cssSelector("[data-testid='cart-line'][data-slug='" + slug + "']"));
	}

}
