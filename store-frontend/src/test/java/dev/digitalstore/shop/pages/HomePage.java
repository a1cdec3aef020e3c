package dev.digitalstore.shop.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The home page: featured and newest products. */
public class HomePage extends ShopPage {

	public HomePage(WebDriver driver, String baseUrl) {
		super(driver, baseUrl);
	}

	public static HomePage open(WebDriver driver, String baseUrl) {
		driver.get(baseUrl + "/");
		return new HomePage(driver, baseUrl);
	}

	public List<String> featuredTitles() {
		return find("featured").findElements(testId("product-title")).stream().map(WebElement::getText).toList();
	}

	public List<String> newestPrices() {
		return find("newest").findElements(testId("product-price")).stream().map(WebElement::getText).toList();
	}

	public CatalogPage goToCatalog() {
		submit(this.driver.findElement(By.cssSelector("nav a[href='/catalog']")));
		return new CatalogPage(this.driver, this.baseUrl);
	}

}
