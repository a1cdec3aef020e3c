package dev.digitalstore.shop.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** "My library": everything the signed-in customer bought, with downloads and keys. */
public class LibraryPage extends ShopPage {

	public LibraryPage(WebDriver driver, String baseUrl) {
		super(driver, baseUrl);
	}

	public static LibraryPage open(WebDriver driver, String baseUrl) {
		driver.get(baseUrl + "/account/library");
		return new LibraryPage(driver, baseUrl);
	}

	public boolean isEmpty() {
		return !all("library-empty").isEmpty();
	}

	public List<Item> items() {
		return all("library-item").stream().map(Item::of).toList();
	}

	/**
	 * One thing bought: its title, its order, its download link (or null) and its keys.
	 */
	public record Item(String title, String orderReference, String downloadLink, List<String> licenceKeys) {

		static Item of(WebElement item) {
			List<WebElement> download = item.findElements(testId("download-link"));
			return new Item(item.findElement(By.tagName("h2")).getText(),
					item.findElement(By.cssSelector("a[href^='/orders/']")).getText(),
					download.isEmpty() ? null : download.get(0).getDomAttribute("href"),
					item.findElements(testId("licence-key")).stream().map(WebElement::getText).toList());
		}

	}

}
