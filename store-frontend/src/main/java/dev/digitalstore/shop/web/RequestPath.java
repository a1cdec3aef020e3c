package dev.digitalstore.shop.web;

import jakarta.servlet.http.HttpServletRequest;

/** The page a request asked for, as the shopper would type it. */
final class RequestPath {

	private RequestPath() {
	}

	/** The request's path with its query string, if any: {@code /catalog?q=kotlin}. */
	static String withQuery(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getRequestURI() + ((query != null) ? "?" + query : "");
	}

}
