package dev.digitalstore.store.catalog;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class ProductResponseFilterTest {

	final ProductResponseFilter filter = new ProductResponseFilter(
			new CatalogCache(new CatalogProperties(DataSize.ofMegabytes(5), DataSize.ofMegabytes(200),
					new CatalogProperties.Cache(Duration.ofSeconds(30), 100))));

	@Test
	void onlyAProductReadByItsPlainSlugIsReplayed() {
		assertThat(replays("GET", "/api/products/ebook-42", null)).isTrue();
		assertThat(replays("HEAD", "/api/products/ebook-42", null)).isTrue();
		assertThat(replays("GET", "/api/products/ebook-42", "application/json")).isTrue();
		assertThat(replays("GET", "/api/products/ebook-42", "*/*")).isTrue();

		assertThat(replays("GET", "/api/products/ebook-%34%32", null)).as("another spelling").isFalse();
		assertThat(replays("GET", "/api/products/Ebook-42", null)).isFalse();
		assertThat(replays("GET", "/api/products/ebook-42/cover", null)).isFalse();
		assertThat(replays("GET", "/api/products/", null)).isFalse();
		assertThat(replays("GET", "/api/products", null)).isFalse();
		assertThat(replays("PUT", "/api/products/ebook-42", null)).isFalse();
		assertThat(replays("GET", "/api/products/ebook-42", "application/xml")).isFalse();
		assertThat(replays("GET", "/api/products/ebook-42", "application/json;q=0")).isFalse();
		assertThat(replays("GET", "/api/products/ebook-42", "not a media type")).isFalse();
	}

	private boolean replays(String method, String path, String accept) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		if (accept != null) {
			request.addHeader("Accept", accept);
		}
		return !this.filter.shouldNotFilter(request);
	}

}
