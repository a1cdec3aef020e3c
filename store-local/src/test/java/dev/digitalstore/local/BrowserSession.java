package dev.digitalstore.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;

import org.openqa.selenium.WebDriver;

/**
 * Requests made as the browser would make them, with its cookies (the shop's session):
 * for what Chromium would save to disk rather than show, such as downloads.
 */
final class BrowserSession {

	private static final HttpClient HTTP = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(5))
		.followRedirects(HttpClient.Redirect.NORMAL)
		.build();

	private BrowserSession() {
	}

	static HttpResponse<byte[]> get(WebDriver browser, String shopUrl, String path) {
		String cookies = browser.manage()
			.getCookies()
			.stream()
			.map((cookie) -> cookie.getName() + "=" + cookie.getValue())
			.collect(Collectors.joining("; "));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(shopUrl + path))
			.timeout(Duration.ofSeconds(20))
			.GET();
		if (!cookies.isEmpty()) {
			request.header("Cookie", cookies);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The file name a download is saved under, from its Content-Disposition. */
	static String fileName(HttpResponse<?> download) {
		String disposition = download.headers().firstValue("Content-Disposition").orElse("");
		java.util.regex.Matcher name = java.util.regex.Pattern.compile("filename=\"?([^\";]+)\"?").matcher(disposition);
		return name.find() ? name.group(1) : null;
	}

}
