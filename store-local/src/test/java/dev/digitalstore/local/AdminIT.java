package dev.digitalstore.local;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

import dev.digitalstore.shop.pages.AdminProductPage;
import dev.digitalstore.shop.pages.Browser;
import dev.digitalstore.shop.pages.CartPage;
import dev.digitalstore.shop.pages.CatalogPage;
import dev.digitalstore.shop.pages.OrderPage;
import dev.digitalstore.shop.pages.SignInPage;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator's pages on the real store: a new product goes on sale and sells. */
@ExtendWith(FullStore.class)
class AdminIT {

	private final String shop;

	private WebDriver browser;

	AdminIT(LocalStore store) {
		this.shop = store.shopUrl();
	}

	@BeforeEach
	void freshBrowser() {
		Browser.reset(this.shop);
		this.browser = Browser.driver();
	}

	@Test
	void anAdminPutsAProductWithAFileAndKeysOnSaleAndAShopperBuysIt() throws Exception {
		this.browser.get(this.shop + "/admin");
		new SignInPage(this.browser, this.shop).signIn(FullStore.ADMIN_EMAIL, FullStore.ADMIN_PASSWORD);
		Browser.screenshot("admin-dashboard");
		assertThat(this.browser.getCurrentUrl()).isEqualTo(this.shop + "/admin");

		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String title = "Field Guide to Lichens " + suffix;
		AdminProductPage page = AdminProductPage.openList(this.browser, this.shop)
			.newProduct()
			.fill(title, "field-guide-" + suffix, "7.50", "E-books", "Download and licence key",
					"Two hundred lichens, photographed where they grow.");
		Browser.screenshot("admin-new-product");
		page.save();
		assertThat(page.notice()).contains(title);

		// The store checks that a file is what it claims to be before selling it.
		Path uploads = Files.createDirectories(Path.of("target", "uploads"));
		Path notAPdf = Files.write(uploads.resolve("not-a-pdf-" + suffix + ".pdf"), randomBytes(1024));
		page.uploadFile(notAPdf);
		Browser.screenshot("admin-upload-refused");
		assertThat(page.notice()).contains("not accepted");
		assertThat(page.fileName()).isEqualTo("No file yet.");

		byte[] content = pdf(randomBytes(64 * 1024));
		Path file = Files.write(uploads.resolve("lichens-" + suffix + ".pdf"), content);
		page.uploadFile(file);
		assertThat(page.notice()).contains(file.getFileName().toString());
		assertThat(page.fileName()).isEqualTo(file.getFileName().toString());

		List<String> keys = List.of("LICHEN-" + suffix + "-1", "LICHEN-" + suffix + "-2", "LICHEN-" + suffix + "-3");
		page.importKeys(keys);
		Browser.screenshot("admin-product-ready");
		assertThat(page.keysAvailable()).contains("3");

		page.signOut();
		CatalogPage catalog = CatalogPage.open(this.browser, this.shop).search(title, null, null, null);
		Browser.screenshot("admin-product-in-catalog");
		assertThat(catalog.titles()).containsExactly(title);
		CartPage cart = catalog.openProduct(title).addToCart();
		assertThat(cart.total()).isEqualTo("€7.50");
		OrderPage order = cart.checkout()
			.fill("lichen-fan-" + suffix + "@example.test", "BE", "tok_visa")
			.payExpectingOrder()
			.waitForDelivery(Duration.ofSeconds(30));
		Browser.screenshot("admin-product-bought");
		assertThat(order.licenceKeys()).singleElement().isIn(keys);
		HttpResponse<byte[]> download = BrowserSession.get(this.browser, this.shop, order.downloadLinks().get(0));
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(BrowserSession.fileName(download)).isEqualTo(file.getFileName().toString());
		assertThat(download.body()).isEqualTo(content);
	}

	private static byte[] randomBytes(int length) {
		byte[] bytes = new byte[length];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

	/** A PDF header, then the given bytes: what the store's upload check looks at. */
	private static byte[] pdf(byte[] body) {
		byte[] header = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		byte[] file = java.util.Arrays.copyOf(header, header.length + body.length);
		System.arraycopy(body, 0, file, header.length, body.length);
		return file;
	}

}
