package dev.digitalstore.shop.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** Sign-in with e-mail and password. */
public class SignInPage extends ShopPage {

	public SignInPage(WebDriver driver, String baseUrl) {
		super(driver, baseUrl);
	}

	public static SignInPage open(WebDriver driver, String baseUrl) {
		driver.get(baseUrl + "/sign-in");
		return new SignInPage(driver, baseUrl);
	}

	public void signIn(String email, String password) {
		find("sign-in-form");
		this.driver.findElement(By.id("email")).sendKeys(email);
		this.driver.findElement(By.id("password")).sendKeys(password);
		submit(find("sign-in"));
	}

	public String errors() {
		return find("form-errors").getText();
	}

}
