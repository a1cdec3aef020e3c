package dev.digitalstore.shop.order;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import dev.digitalstore.shop.ShopProperties;

import static org.assertj.core.api.Assertions.assertThat;

class GuestOrderTokensTest {

	/** An HMAC-SHA256 in base64url, as the API issues them. */
	private static final String TOKEN = "q8Xk2vYw9Zr_Lm-3TtB1nH7cJpQeWsAdFgUiOoKy4Ea";

	private final GuestOrderTokens tokens = new GuestOrderTokens(
			new ShopProperties(new ShopProperties.Backend(URI.create("http://backend"), null, null), "EUR",
					new ShopProperties.Cookies(true, Duration.ofDays(30)),
					new ShopProperties.Templates(false, Path.of("src/main/jte")),
					new ShopProperties.Requests(0, Duration.ofSeconds(10))));

	@Test
	void theConfirmationPageFindsTheTokenTheCheckoutRemembered() {
		MockHttpServletResponse checkout = new MockHttpServletResponse();
		this.tokens.remember(new MockHttpServletRequest(), checkout, "DS-7K3M9PQRTW", TOKEN);
		String setCookie = checkout.getHeader(HttpHeaders.SET_COOKIE);
		assertThat(setCookie).startsWith("__Host-orders=DS-7K3M9PQRTW:" + TOKEN + ";")
			.contains("Path=/", "Max-Age=1800", "Secure", "HttpOnly", "SameSite=Lax")
			.doesNotContain("Domain=");

		MockHttpServletRequest page = new MockHttpServletRequest();
		page.setCookies(new Cookie("__Host-orders", "DS-7K3M9PQRTW:" + TOKEN));
		assertThat(this.tokens.find(page, "DS-7K3M9PQRTW")).hasValue(TOKEN);
		assertThat(this.tokens.find(page, "DS-OTHER")).isEmpty();
		assertThat(this.tokens.find(new MockHttpServletRequest(), "DS-7K3M9PQRTW")).isEmpty();
	}

	@Test
	void pairsSurviveTheRoundTripInOrder() {
		Map<String, String> pairs = new LinkedHashMap<>();
		pairs.put("DS-7K3M9PQRTW", TOKEN);
		pairs.put("DS-1001", "ord-3f2c1e5a-9b7d-4c1e-8f6a-2d4b6c8e0a1f");
		String value = GuestOrderTokens.format(pairs);
		assertThat(value).isEqualTo("DS-7K3M9PQRTW:" + TOKEN + ".DS-1001:ord-3f2c1e5a-9b7d-4c1e-8f6a-2d4b6c8e0a1f");
		assertThat(GuestOrderTokens.parse(value)).containsExactlyEntriesOf(pairs);
	}

	@Test
	void theOldestTokenIsDroppedBeyondTen() {
		Map<String, String> pairs = new LinkedHashMap<>();
		for (int i = 1; i <= 10; i++) {
			pairs = GuestOrderTokens.with(pairs, "DS-" + i, TOKEN);
		}
		assertThat(pairs).hasSize(10);
		pairs = GuestOrderTokens.with(pairs, "DS-1", TOKEN.toLowerCase());
		assertThat(pairs.keySet()).as("the same order again becomes the newest").endsWith("DS-1").hasSize(10);
		pairs = GuestOrderTokens.with(pairs, "DS-11", TOKEN);
		assertThat(pairs).hasSize(10).doesNotContainKey("DS-2").containsKeys("DS-1", "DS-3", "DS-11");
		assertThat(GuestOrderTokens.parse(GuestOrderTokens.format(pairs))).containsExactlyEntriesOf(pairs);
	}

	@Test
	void aMalformedCookieIsIgnoredWhole() {
		String good = "DS-7K3M9PQRTW:" + TOKEN;
		assertThat(GuestOrderTokens.parse(good)).hasSize(1);
		assertThat(GuestOrderTokens.parse(null)).isEmpty();
		assertThat(GuestOrderTokens.parse("")).isEmpty();
		assertThat(GuestOrderTokens.parse(good + ".")).isEmpty();
		assertThat(GuestOrderTokens.parse(good + ".DS-2")).isEmpty();
		assertThat(GuestOrderTokens.parse("DS-7K3M9PQRTW:short")).isEmpty();
		assertThat(GuestOrderTokens.parse("ds-lower:" + TOKEN)).isEmpty();
		assertThat(GuestOrderTokens.parse("DS-1:" + TOKEN + "=")).isEmpty();
		assertThat(GuestOrderTokens.parse("DS-1:" + TOKEN.replace('q', '/'))).isEmpty();
		assertThat(GuestOrderTokens.parse("../admin:" + TOKEN)).isEmpty();
		assertThat(GuestOrderTokens.parse("DS-1:" + TOKEN + ":" + TOKEN)).isEmpty();
		String eleven = java.util.stream.IntStream.rangeClosed(1, 11)
			.mapToObj((i) -> "DS-" + i + ":" + TOKEN)
			.collect(java.util.stream.Collectors.joining("."));
		assertThat(GuestOrderTokens.parse(eleven)).as("more than ten").isEmpty();
	}

	@Test
	void aMalformedCookieIsReplacedAndAnUnexpectedTokenNotKept() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setCookies(new Cookie("__Host-orders", "garbage"));
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.tokens.remember(request, response, "DS-1002", TOKEN);
		assertThat(response.getHeader(HttpHeaders.SET_COOKIE)).startsWith("__Host-orders=DS-1002:" + TOKEN + ";");

		MockHttpServletResponse unexpected = new MockHttpServletResponse();
		this.tokens.remember(new MockHttpServletRequest(), unexpected, "DS-1003", "a token; with=odd chars");
		assertThat(unexpected.getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
	}

}
