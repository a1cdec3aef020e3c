package dev.digitalstore.shop.pages;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** An order's page: status, then download buttons and licence keys once delivered. */
public class OrderPage extends ShopPage {

	public OrderPage(WebDriver driver, String baseUrl) {
		super(driver, baseUrl);
	}

	public String reference() {
		String path = currentPath();
		String reference = path.substring("/orders/".length());
		int end = reference.indexOf('?');
		return (end >= 0) ? reference.substring(0, end) : reference;
	}

	public String status() {
		return find("order-status").getText();
	}

	/** Waits while the page refreshes itself, until the delivery is shown. */
	public OrderPage waitForDelivery(Duration timeout) {
		new WebDriverWait(this.driver, timeout).until((browser) -> !all("delivery").isEmpty());
		return this;
	}

	public List<String> downloadLinks() {
		return all("download-link").stream().map((link) -> link.getDomAttribute("href")).toList();
	}

	public List<String> licenceKeys() {
		return all("licence-key").stream().map(WebElement::getText).toList();
	}

	public boolean refreshesItself() {
		return !this.driver.findElements(org.openqa.selenium.By.cssSelector("meta[http-equiv='refresh']")).isEmpty();
	}

}
