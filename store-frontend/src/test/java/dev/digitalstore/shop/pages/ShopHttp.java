package dev.digitalstore.shop.pages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client that behaves like a minimal browser for header and CSRF checks: it
 * keeps cookies (whatever their flags), never follows redirects and can read a page's
 * CSRF token to post forms.
 */
public class ShopHttp {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient client = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String baseUrl;

	private final Map<String, String> cookies = new LinkedHashMap<>();

	public ShopHttp(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public HttpResponse<String> get(String path, String... headers) {
		return send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).GET(), headers);
	}

	/** Posts a form as is: no CSRF token unless the fields carry one. */
	public HttpResponse<String> post(String path, Map<String, String> fields, String... headers) {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		String[] all = concat(headers, "Content-Type", "application/x-www-form-urlencoded");
		return send(
				HttpRequest.newBuilder(URI.create(this.baseUrl + path)).POST(HttpRequest.BodyPublishers.ofString(body)),
				all);
	}

	/** Opens {@code formPage}, then posts the fields with the CSRF token found there. */
	public HttpResponse<String> postWithCsrf(String formPage, String path, Map<String, String> fields) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrfToken(get(formPage).body()));
		return post(path, withToken);
	}

	public static String csrfToken(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token in the page");
		}
		return matcher.group(1);
	}

	public String cookie(String name) {
		return this.cookies.get(name);
	}

	public void forgetCookie(String name) {
		this.cookies.remove(name);
	}

	public void setCookie(String name, String value) {
		this.cookies.put(name, value);
	}

	/** The Set-Cookie header of a response for one cookie, or null. */
	public static String setCookie(HttpResponse<?> response, String name) {
		return setCookies(response).stream().filter((header) -> header.startsWith(name + "=")).findFirst().orElse(null);
	}

	public static List<String> setCookies(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie");
	}

	private HttpResponse<String> send(HttpRequest.Builder request, String... headers) {
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		if (!this.cookies.isEmpty()) {
			request.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		try {
			HttpResponse<String> response = this.client.send(request.timeout(Duration.ofSeconds(20)).build(),
					HttpResponse.BodyHandlers.ofString());
			for (String header : setCookies(response)) {
				String pair = header.split(";", 2)[0];
				String name = pair.substring(0, pair.indexOf('='));
				String value = pair.substring(pair.indexOf('=') + 1);
				if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
					this.cookies.remove(name);
				}
				else {
					this.cookies.put(name, value);
				}
			}
			return response;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String[] concat(String[] headers, String name, String value) {
		String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
		all[headers.length] = name;
		all[headers.length + 1] = value;
		return all;
	}

}
