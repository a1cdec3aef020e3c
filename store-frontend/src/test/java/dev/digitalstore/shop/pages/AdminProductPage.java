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
