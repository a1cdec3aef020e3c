package dev.digitalstore.shop.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Checkout: e-mail, billing country, card (a test token), pay. */
public class CheckoutPage extends ShopPage {

	public CheckoutPage(WebDriver driver, String baseUrl) {
		super(driver, baseUrl);
	}

	public String email() {
		return this.driver.findElement(By.id("email")).getDomProperty("value");
	}

	public List<String> testCardTokens() {
		return find("test-cards").findElements(By.tagName("code")).stream().map(WebElement::getText).toList();
	}

	public CheckoutPage fill(String email, String countryCode, String cardToken) {
		WebElement emailField = this.driver.findElement(By.id("email"));
		emailField.clear();
		emailField.sendKeys(email);
		new Select(this.driver.findElement(By.id("billingCountry"))).selectByValue(countryCode);
		WebElement card = this.driver.findElement(By.id("paymentToken"));
		card.clear();
		card.sendKeys(cardToken);
		return this;
	}

	/** Pays; lands on the order page or back here with the reason. */
	public void pay() {
		submit(find("pay"));
	}

	public OrderPage payExpectingOrder() {
		pay();
		return new OrderPage(this.driver, this.baseUrl);
	}

	public String errors() {
		return find("form-errors").getText();
	}

	public String total() {
		return find("checkout-total").getText();
	}

}
