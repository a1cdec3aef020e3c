package dev.digitalstore.shop.web;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.FlashMap;

import dev.digitalstore.shop.ShopProperties;

import static org.assertj.core.api.Assertions.assertThat;

class CookieFlashMapManagerTest {

	private final CookieFlashMapManager manager = new CookieFlashMapManager(JsonMapper.builder().build(),
			new ShopProperties(new ShopProperties.Backend(URI.create("http://backend"), null, null), "EUR",
					new ShopProperties.Cookies(true, Duration.ofDays(30)),
					new ShopProperties.Templates(false, Path.of("src/main/jte")),
					new ShopProperties.Requests(0, Duration.ofSeconds(10))));

	@Test
	void aNoticeReachesItsPageOnceThenTheCookieIsDeleted() {
		MockHttpServletResponse redirect = new MockHttpServletResponse();
		FlashMap notice = new FlashMap();
		notice.put(Notice.ATTRIBUTE, new Notice("cart.added", List.of("Night Drive"), false));
		notice.setTargetRequestPath("/cart");
		this.manager.saveOutputFlashMap(notice, new MockHttpServletRequest("POST", "/cart/items"), redirect);
		String setCookie = redirect.getHeader(HttpHeaders.SET_COOKIE);
		assertThat(setCookie).startsWith("__Host-notice=")
			.contains("Path=/", "Max-Age=60", "Secure", "HttpOnly", "SameSite=Lax");
		Cookie cookie = new Cookie("__Host-notice", value(redirect));

		MockHttpServletResponse elsewhere = new MockHttpServletResponse();
		assertThat(attributes(this.manager.retrieveAndUpdate(request("/catalog", cookie), elsewhere))).isNull();
		assertThat(elsewhere.getHeaders(HttpHeaders.SET_COOKIE)).as("left for its page").isEmpty();

		MockHttpServletResponse page = new MockHttpServletResponse();
		FlashMap shown = this.manager.retrieveAndUpdate(request("/cart", cookie), page);
		assertThat(attributes(shown)).containsEntry(Notice.ATTRIBUTE,
				new Notice("cart.added", List.of("Night Drive"), false));
		assertThat(page.getHeader(HttpHeaders.SET_COOKIE)).startsWith("__Host-notice=;").contains("Max-Age=0");
	}

	@Test
	void aPageThatShowsOneNoticeAndRedirectsWithAnotherKeepsOnlyTheNewOne() {
		FlashMap first = new FlashMap();
		first.put(Notice.ATTRIBUTE, new Notice("cart.updated", List.of(), false));
		first.setTargetRequestPath("/cart/items/7");
		MockHttpServletResponse earlier = new MockHttpServletResponse();
		this.manager.saveOutputFlashMap(first, new MockHttpServletRequest("POST", "/x"), earlier);
		Cookie cookie = new Cookie("__Host-notice", value(earlier));

		MockHttpServletRequest post = request("/cart/items/7", cookie);
		post.setMethod("POST");
		MockHttpServletResponse response = new MockHttpServletResponse();
		assertThat(attributes(this.manager.retrieveAndUpdate(post, response))).isNotNull();
		FlashMap second = new FlashMap();
		second.put(Notice.ATTRIBUTE, new Notice("cart.removed", List.of(), false));
		second.setTargetRequestPath("/cart");
		this.manager.saveOutputFlashMap(second, post, response);

		FlashCookieCodec codec = new FlashCookieCodec(JsonMapper.builder().build());
		assertThat(codec.decode(value(response))).as("the browser keeps the last Set-Cookie")
			.singleElement()
			.satisfies((map) -> assertThat(map.getTargetRequestPath()).isEqualTo("/cart"));
	}

	@Test
	void anExpiredNoticeIsClearedByAnyPage() {
		FlashMap stale = new FlashMap();
		stale.put(Notice.ATTRIBUTE, new Notice("cart.updated", List.of(), false));
		stale.setTargetRequestPath("/cart");
		stale.setExpirationTime(System.currentTimeMillis() - 1);
		String value = new FlashCookieCodec(JsonMapper.builder().build()).encode(List.of(stale)).orElseThrow();

		MockHttpServletResponse page = new MockHttpServletResponse();
		assertThat(attributes(
				this.manager.retrieveAndUpdate(request("/catalog", new Cookie("__Host-notice", value)), page)))
			.isNull();
		assertThat(page.getHeader(HttpHeaders.SET_COOKIE)).startsWith("__Host-notice=;").contains("Max-Age=0");
	}

	/** A flash map as the map it is (it is comparable too, which confuses AssertJ). */
	private static Map<String, Object> attributes(FlashMap map) {
		return map;
	}

	private static MockHttpServletRequest request(String path, Cookie cookie) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setCookies(cookie);
		return request;
	}

	/** The value of the response's last Set-Cookie, the one a browser keeps. */
	private static String value(MockHttpServletResponse response) {
		List<String> headers = response.getHeaders(HttpHeaders.SET_COOKIE);
		String header = headers.get(headers.size() - 1);
		return header.substring(header.indexOf('=') + 1, header.indexOf(';'));
	}

}
