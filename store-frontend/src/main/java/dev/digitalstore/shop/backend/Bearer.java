package dev.digitalstore.shop.backend;

import java.util.function.Consumer;

import org.springframework.http.HttpHeaders;

/** Adds the caller's access token to a request, when there is one. */
public final class Bearer {

	private Bearer() {
	}

	public static Consumer<HttpHeaders> of(String accessToken) {
		return (headers) -> {
			if (accessToken != null) {
				headers.setBearerAuth(accessToken);
			}
		};
	}

}
