package dev.digitalstore.shop.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The admin's product list and product form. */
public class AdminProductPage extends ShopPage {

	public AdminProductPage(WebDriver driver, String baseUrl) {
		super(driver, baseUrl);
	}

	public static AdminProductPage openList(WebDriver driver, String baseUrl) {
		driver.get(baseUrl + "/admin/products");
		return new AdminProductPage(driver, baseUrl);
	}

	public AdminProductPage newProduct() {
		submit(find("new-product"));
		return this;
	}

	public AdminProductPage fill(String title, String slug, String price, String categoryName, String kindName,
			String description) {
		type("title", title);
		type("slug", slug);
		type("price", price);
		type("description", description);
		new Select(this.driver.findElement(By.id("categorySlug"))).selectByVisibleText(categoryName);
		new Select(this.driver.findElement(By.id("kind"))).selectByVisibleText(kindName);
		return this;
	}

	public AdminProductPage save() {
		submit(find("save-product"));
		return this;
	}

	public AdminProductPage uploadCover(java.nio.file.Path image) {
		find("cover-input").sendKeys(image.toAbsolutePath().toString());
		submit(find("upload-cover"));
		return this;
	}

	/** Uploads the file buyers download. */
	public AdminProductPage uploadFile(java.nio.file.Path file) {
		find("file-input").sendKeys(file.toAbsolutePath().toString());
		submit(find("upload-file"));
		return this;
	}

	public String fileName() {
		return find("file-name").getText();
	}

	/** Imports licence keys typed into the form, one a line. */
	public AdminProductPage importKeys(List<String> keys) {
		WebElement text = find("keys-text");
		text.clear();
		text.sendKeys(String.join("\n", keys));
		submit(find("import-keys"));
		return this;
	}

	public String keysAvailable() {
		return find("keys-available").getText();
	}

	/** The product's id, from the edit page's address ({@code /admin/products/{id}}). */
	public long productId() {
		String path = currentPath();
		return Long.parseLong(path.substring(path.lastIndexOf('/') + 1).replaceAll("[?#].*", ""));
	}

	public List<String> listedSlugs() {
		return all("admin-product-row").stream().map((row) -> row.getDomAttribute("data-slug")).toList();
	}

	public String productState() {
		return find("product-state").getText();
	}

	public AdminProductPage toggleActive() {
		submit(find("toggle-active"));
		return this;
	}

	private void type(String id, String text) {
		WebElement field = this.driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

}
