package dev.digitalstore.store.catalog;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class ProductResponseFilterTest {

	static final String BODY = "{\"slug\":\"ebook-42\"}";

	final AtomicLong clock = new AtomicLong(Duration.ofMinutes(5).toNanos());

	final ProductResponseFilter filter = new ProductResponseFilter(
			new CatalogCache(new CatalogProperties(DataSize.ofMegabytes(5), DataSize.ofMegabytes(200),
					new CatalogProperties.Cache(Duration.ofSeconds(30), 100)), this.clock::get));

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

	@Test
	void aReplayTellsTheAgeOfItsDataAndIsNotKeptOnceItIsATtlOld() throws Exception {
		AtomicInteger handled = new AtomicInteger();
		long readAt = this.clock.get() - Duration.ofSeconds(10).toNanos(); // cached
																			// details
		MockHttpServletResponse first = get(product(handled, readAt));
		assertThat(first.getContentAsString()).isEqualTo(BODY);

		this.clock.addAndGet(Duration.ofSeconds(5).toNanos());
		MockHttpServletResponse replayed = get(product(handled, readAt));
		assertThat(handled).hasValue(1);
		assertThat(replayed.getContentAsString()).isEqualTo(BODY);
		assertThat(replayed.getHeader("Age")).isEqualTo("15");
		assertThat(replayed.getHeader("ETag")).isEqualTo("\"0abc\"");

		this.clock.addAndGet(Duration.ofSeconds(15).plusMillis(1).toNanos());
		get(product(handled, readAt));
		assertThat(handled).as("not replayed once its data is 30 s old").hasValue(2);
	}

	@Test
	void aResponseThatDoesNotSayWhenItsDataWasReadIsNotKept() throws Exception {
		AtomicInteger handled = new AtomicInteger();
		get(product(handled, null));
		get(product(handled, null));
		assertThat(handled).hasValue(2);
	}

	/** What {@link CatalogController} writes for a product whose data was read then. */
	private FilterChain product(AtomicInteger handled, Long readAt) {
		return (request, response) -> {
			handled.incrementAndGet();
			if (readAt != null) {
				request.setAttribute(ProductResponseFilter.DATA_READ_AT, readAt);
			}
			HttpServletResponse http = (HttpServletResponse) response;
			http.setStatus(200);
			http.setContentType("application/json");
			http.setHeader("ETag", "\"0abc\"");
			http.setHeader("Cache-Control", "max-age=30, public");
			http.getOutputStream().write(BODY.getBytes(StandardCharsets.UTF_8));
		};
	}

	private MockHttpServletResponse get(FilterChain chain) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("GET", "/api/products/ebook-42"), response, chain);
		return response;
	}

	private boolean replays(String method, String path, String accept) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		if (accept != null) {
			request.addHeader("Accept", accept);
		}
		return !this.filter.shouldNotFilter(request);
	}

}
