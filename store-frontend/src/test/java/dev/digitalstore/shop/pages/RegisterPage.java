package dev.digitalstore.shop.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Creating an account: the shopper is signed in straight away and sent on. */
public class RegisterPage extends ShopPage {

	public RegisterPage(WebDriver driver, String baseUrl) {
		super(driver, baseUrl);
	}

	/** The registration page; {@code next} is where the shopper goes afterwards. */
	public static RegisterPage open(WebDriver driver, String baseUrl, String next) {
		driver.get(baseUrl + "/register?next=" + next);
		return new RegisterPage(driver, baseUrl);
	}

	public RegisterPage fill(String displayName, String email, String password) {
		find("register-form");
		this.driver.findElement(By.id("displayName")).sendKeys(displayName);
		this.driver.findElement(By.id("email")).sendKeys(email);
		this.driver.findElement(By.id("password")).sendKeys(password);
		return this;
	}

	public void register() {
		submit(find("register"));
	}

	public String errors() {
		return find("form-errors").getText();
	}

}
