package dev.digitalstore.shop.catalog;

import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Product covers, fetched from the API (or the storage it redirects to) and served from
 * the shop's own origin, as the Content-Security-Policy allows images from nowhere else.
 */
@Controller
class CoverController {

	private static final String CACHE = CacheControl.maxAge(Duration.ofHours(1)).cachePublic().getHeaderValue();

	private final CatalogClient catalog;

	CoverController(CatalogClient catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/covers/{slug}")
	void cover(@PathVariable String slug, HttpServletResponse response) throws java.io.IOException {
		boolean found = this.catalog.cover(slug, (contentType, body) -> {
			// Only images: nothing else may be served as if the shop had written it.
			if (contentType == null || !contentType.startsWith("image/") || contentType.contains("svg")) {
				response.sendError(HttpStatus.NOT_FOUND.value());
				return;
			}
			response.setContentType(contentType);
			response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE);
			StreamUtils.copy(body, response.getOutputStream());
		});
		if (!found) {
			response.sendRedirect("/images/no-cover.svg");
		}
	}

}
