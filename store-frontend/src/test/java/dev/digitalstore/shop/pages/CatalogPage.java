package dev.digitalstore.shop.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The catalog: search box, category and price filters, sort, results and pages. Works
 * with and without htmx (the results are swapped in place or the page reloads).
 */
public class CatalogPage extends ShopPage {

	public CatalogPage(WebDriver driver, String baseUrl) {
		super(driver, baseUrl);
	}

	public static CatalogPage open(WebDriver driver, String baseUrl) {
		driver.get(baseUrl + "/catalog");
		return new CatalogPage(driver, baseUrl);
	}

	/**
	 * Types a search, picks filters (null leaves one alone) and waits for the results to
	 * match.
	 */
	public CatalogPage search(String text, String categorySlug, String minPrice, String maxPrice) {
		WebElement filters = find("filters");
		setText(filters.findElement(By.id("q")), text);
		if (categorySlug != null) {
			new Select(filters.findElement(By.id("category"))).selectByValue(categorySlug);
		}
		setText(filters.findElement(By.id("minPrice")), minPrice);
		setText(filters.findElement(By.id("maxPrice")), maxPrice);
		String before = resultCountText();
		find("search").click();
		waiting().until((browser) -> this.driver.getCurrentUrl().contains("q=") || !resultCountText().equals(before));
		waiting().until((browser) -> currentPath().contains("/catalog?"));
		return this;
	}

	public CatalogPage sortBy(String visibleText) {
		new Select(find("filters").findElement(By.id("sort"))).selectByVisibleText(visibleText);
		find("search").click();
		waiting().until((browser) -> currentPath().contains("sort="));
		return this;
	}

	public String resultCountText() {
		return find("result-count").getText();
	}

	public List<String> titles() {
		return all("results").stream()
			.flatMap((results) -> results.findElements(testId("product-title")).stream())
			.map(WebElement::getText)
			.toList();
	}

	public ProductPage openProduct(String title) {
		this.driver.findElement(By.linkText(title)).click();
		return new ProductPage(this.driver, this.baseUrl);
	}

	public CatalogPage nextPage() {
		String before = resultCountText() + titles();
		find("pager-next").click();
		waiting().until((browser) -> !(resultCountText() + titles()).equals(before));
		return this;
	}

	private static void setText(WebElement field, String text) {
		if (text != null) {
			field.clear();
			field.sendKeys(text);
		}
	}

}
