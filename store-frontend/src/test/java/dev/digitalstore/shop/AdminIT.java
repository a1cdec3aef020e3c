package dev.digitalstore.shop;

import java.time.Duration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import dev.digitalstore.shop.admin.ProductCommand;
import dev.digitalstore.shop.catalog.ProductKind;
import dev.digitalstore.shop.fakes.FakeAdminClient;
import dev.digitalstore.shop.fakes.FakeBackend;
import dev.digitalstore.shop.pages.AdminProductPage;
import dev.digitalstore.shop.pages.ShopPage;
import dev.digitalstore.shop.pages.Browser;
import dev.digitalstore.shop.pages.CatalogPage;
import dev.digitalstore.shop.pages.SignInPage;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin pages in a real browser: dashboard, creating and managing a product. */
@ShopIntegrationTest
class AdminIT {

	/** A 1x1 PNG. */
	private static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

	@LocalServerPort
	int port;

	@Autowired
	FakeAdminClient adminClient;

	private String baseUrl;

	private WebDriver browser;

	@BeforeEach
	void signedInAdmin() {
		this.baseUrl = "http://localhost:" + this.port;
		Browser.reset(this.baseUrl);
		this.browser = Browser.driver();
		this.browser.get(this.baseUrl + "/admin");
		new SignInPage(this.browser, this.baseUrl).signIn(FakeBackend.ADMIN_EMAIL, FakeBackend.ADMIN_PASSWORD);
	}

	@Test
	void theDashboardChartsTheLast30DaysOnTheServer() {
		assertThat(this.browser.getCurrentUrl()).endsWith("/admin");
		Browser.screenshot("admin-dashboard");
		assertThat(this.browser.findElements(By.cssSelector("[data-testid='sales-chart'] rect.bar"))).hasSize(30);
		assertThat(this.browser.findElement(By.cssSelector("[data-testid='top-products']")).getText())
			.contains("Photo Studio Pro");
		assertThat(this.browser.findElement(By.cssSelector("[data-testid='health']")).getText()).contains("0 pending");
	}

	@Test
	void anAdminCreatesAProductUploadsItsCoverAndTakesItOffSale() throws Exception {
		String slug = "admin-made-" + UUID.randomUUID().toString().substring(0, 8);
		AdminProductPage page = AdminProductPage.openList(this.browser, this.baseUrl)
			.newProduct()
			.fill("Admin Made Course", slug, "19.99", "Software", "Licence key", "Learn by doing.\n\nTwo parts.");
		Browser.screenshot("admin-new-product");
		page.save();
		Browser.screenshot("admin-product-created");
		assertThat(page.notice()).contains("Admin Made Course");
		assertThat(this.adminClient.created()).anySatisfy((command) -> {
			assertThat(command.slug()).isEqualTo(slug);
			assertThat(command.priceMinor()).isEqualTo(1999);
			assertThat(command.currency()).isEqualTo("EUR");
			assertThat(command.kind()).isEqualTo(ProductKind.LICENCE_KEY);
			assertThat(command.categorySlug()).isEqualTo("software");
		});

		Path cover = Files.createDirectories(Path.of("target", "uploads")).resolve(slug + ".png");
		Files.write(cover, PNG);
		page.uploadCover(cover);
		assertThat(this.adminClient.uploads()).contains("cover:" + slug + ".png:" + PNG.length);

		CatalogPage catalog = CatalogPage.open(this.browser, this.baseUrl).search("Admin Made", null, null, null);
		assertThat(catalog.titles()).contains("Admin Made Course");
		assertThat(this.browser.findElement(By.cssSelector("img[src='/covers/" + slug + "']"))
			.getDomProperty("naturalWidth")).isEqualTo("1");

		assertThat(AdminProductPage.openList(this.browser, this.baseUrl).listedSlugs()).contains(slug);
		WebElement list = this.browser.findElement(By.tagName("html"));
		this.browser.findElement(By.linkText("Admin Made Course")).click();
		// Wait for the edit page to replace the list before using it.
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until((browser) -> ShopPage.replaced(list));
		AdminProductPage edit = new AdminProductPage(this.browser, this.baseUrl).toggleActive();
		assertThat(edit.productState()).isEqualTo("Inactive");
		assertThat(CatalogPage.open(this.browser, this.baseUrl).search("Admin Made", null, null, null).titles())
			.doesNotContain("Admin Made Course");
	}

	@Test
	void anInvalidProductShowsTheErrorsAndCreatesNothing() {
		int before = this.adminClient.created().size();
		AdminProductPage page = AdminProductPage.openList(this.browser, this.baseUrl)
			.newProduct()
			.fill("No Slug", "Not A Slug!", "-1", "Music", "Download", "");
		// The browser's own checks would stop this form: submit it the way a script
		// would.
		((org.openqa.selenium.JavascriptExecutor) this.browser)
			.executeScript("document.querySelector('[data-testid=product-form]').noValidate = true");
		page.save();
		Browser.screenshot("admin-invalid-product");
		assertThat(this.browser.findElement(By.cssSelector("[data-testid='error-slug']")).getText()).isNotBlank();
		assertThat(this.browser.findElement(By.cssSelector("[data-testid='error-price']")).getText()).isNotBlank();
		assertThat(this.adminClient.created()).hasSize(before)
			.noneMatch((ProductCommand c) -> c.title().equals("No Slug"));
	}

}
