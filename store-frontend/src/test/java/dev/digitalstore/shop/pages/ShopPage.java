package dev.digitalstore.shop.pages;

import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What every page of the shop has: the header (cart count, language switcher, sign-in and
 * sign-out), the notice and the main heading. Page objects extend it; they find elements
 * by {@code data-testid} or accessible labels, never by layout.
 */
public abstract class ShopPage {

	protected final WebDriver driver;

	protected final String baseUrl;

	protected ShopPage(WebDriver driver, String baseUrl) {
		this.driver = driver;
		this.baseUrl = baseUrl;
	}

	public static By testId(String id) {
		return By.cssSelector("[data-testid='" + id + "']");
	}

	protected WebDriverWait waiting() {
		return new WebDriverWait(this.driver, Duration.ofSeconds(10));
	}

	protected WebElement find(String testId) {
		return waiting().until(ExpectedConditions.visibilityOfElementLocated(testId(testId)));
	}

	protected List<WebElement> all(String testId) {
		return this.driver.findElements(testId(testId));
	}

	/**
	 * Clicks a form's submit button and waits for the next page (the POST's redirect) to
	 * load.
	 */
	protected void submit(WebElement button) {
		WebElement page = this.driver.findElement(By.tagName("html"));
		button.click();
		waiting().until((browser) -> replaced(page));
		waiting().until((browser) -> !browser.findElements(By.tagName("main")).isEmpty());
	}

	/**
	 * Whether the element's page has been replaced by a navigation. Chrome reports an
	 * element of a page being torn down either as stale or, mid-navigation, as a node
	 * that "does not belong to the document"; Selenium's {@code stalenessOf} only knows
	 * the first and fails on the second.
	 */
	public static boolean replaced(WebElement element) {
		try {
			element.isEnabled();
			return false;
		}
		catch (StaleElementReferenceException ex) {
			return true;
		}
		catch (WebDriverException ex) {
			if (ex.getMessage() != null && ex.getMessage().contains("does not belong to the document")) {
				return true;
			}
			throw ex;
		}
	}

	public String heading() {
		return this.driver.findElement(By.tagName("h1")).getText();
	}

	public String lang() {
		return this.driver.findElement(By.tagName("html")).getDomAttribute("lang");
	}

	public int cartCount() {
		return Integer.parseInt(find("cart-count").getText().trim());
	}

	public String notice() {
		return find("notice").getText();
	}

	/** Whether the page shows a notice now (no waiting: for checking its absence). */
	public boolean hasNotice() {
		return !all("notice").isEmpty();
	}

	/** Loads the same address again, as the browser's reload button does. */
	public void reload() {
		this.driver.navigate().refresh();
		waiting().until((browser) -> !browser.findElements(By.tagName("main")).isEmpty());
	}

	public void switchLanguage(String lang) {
		find("lang-" + lang).click();
		waiting().until((browser) -> lang.equals(lang()));
	}

	public SignInPage goToSignIn() {
		submit(find("sign-in-link"));
		return new SignInPage(this.driver, this.baseUrl);
	}

	public HomePage signOut() {
		submit(find("sign-out"));
		return new HomePage(this.driver, this.baseUrl);
	}

	public String currentPath() {
		return this.driver.getCurrentUrl().substring(this.baseUrl.length());
	}

	public String pageText() {
		return this.driver.findElement(By.tagName("main")).getText();
	}

	public ShopPage screenshot(String name) {
		Browser.screenshot(name);
		return this;
	}

	/** The text with any kind of space (no-break, narrow no-break) as a plain space. */
	public static String normalizeSpaces(String text) {
		return text.replaceAll("[\\s\\u00A0\\u202F]+", " ").trim();
	}

}
