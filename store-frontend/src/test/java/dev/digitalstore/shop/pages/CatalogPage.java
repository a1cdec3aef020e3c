package dev.digitalstore.shop.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
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
		find("search").click();
		settled();
		return this;
	}

	public CatalogPage sortBy(String visibleText) {
		new Select(find("filters").findElement(By.id("sort"))).selectByVisibleText(visibleText);
		find("search").click();
		settled();
		return this;
	}

	public String resultCountText() {
		return find("result-count").getText();
	}

	public List<String> titles() {
		// htmx may swap the results while they are read: read again until they hold
		// still.
		return waiting().ignoring(StaleElementReferenceException.class)
			.until((browser) -> all("results").stream()
				.flatMap((results) -> results.findElements(testId("product-title")).stream())
				.map(WebElement::getText)
				.toList());
	}

	/**
	 * Waits for the search to land: a new page (without JavaScript) or the results
	 * swapped in by htmx, which marks elements {@code htmx-request} while a request is in
	 * flight.
	 */
	private void settled() {
		waiting().until((browser) -> currentPath().startsWith("/catalog?")
				&& browser.findElements(By.cssSelector(".htmx-request, .htmx-settling, .htmx-swapping")).isEmpty());
	}

	public ProductPage openProduct(String title) {
		submit(this.driver.findElement(By.linkText(title)));
		return new ProductPage(this.driver, this.baseUrl);
	}

	public CatalogPage nextPage() {
		String before = currentPath();
		find("pager-next").click();
		waiting().until((browser) -> !currentPath().equals(before));
		settled();
		return this;
	}

	private static void setText(WebElement field, String text) {
		if (text != null) {
			field.clear();
			field.sendKeys(text);
		}
	}

}
