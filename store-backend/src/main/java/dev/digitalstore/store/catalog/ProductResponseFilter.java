package dev.digitalstore.store.catalog;

import java.io.IOException;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves {@code GET /api/products/{slug}} from {@link CatalogCache#responses()} when it
 * can, the way a caching proxy in front of the API would: the first request for a product
 * goes through to {@link CatalogController} and its 200 response is kept; the next ones
 * get the same bytes and headers, or a 304 when their {@code If-None-Match} matches.
 * <p>
 * Why not leave it to Spring MVC: the product page is the catalog's most frequent read,
 * and once its details are cached the handler lookup, content negotiation and JSON
 * writing cost more than a third of its CPU, for a response that has not changed. This
 * filter sits after Spring Security (its headers and rules still apply) and inside the
 * request observation, which it tags with the endpoint's pattern. Anything it does not
 * replay exactly (other methods, other paths, a client that does not accept JSON, an
 * error, a missing product) goes to Spring MVC as before.
 */
class ProductResponseFilter extends OncePerRequestFilter {

	static final String PATTERN = "/api/products/{slug}";

	/**
	 * Request attribute: when the data of the response was read
	 * ({@link CatalogCache#now()}, a {@code Long}), set by {@link CatalogController}. A
	 * response without it is not kept.
	 */
	static final String DATA_READ_AT = ProductResponseFilter.class.getName() + ".dataReadAt";

	private static final String PREFIX = "/api/products/";

	private final CatalogCache cache;

	ProductResponseFilter(CatalogCache cache) {
		this.cache = cache;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		if (!"GET".equals(method) && !"HEAD".equals(method)) {
			return true;
		}
		String path = path(request);
		return !path.startsWith(PREFIX) || !isSlug(path, PREFIX.length()) || !acceptsJson(request);
	}

	/**
	 * Whether the rest of the path is a slug as products have them, written plainly: the
	 * same product spelt another way ({@code product-%31}) is left to Spring MVC rather
	 * than kept once per spelling, so nobody can push real products out of the cache.
	 */
	private static boolean isSlug(String path, int from) {
		if (from == path.length()) {
			return false;
		}
		for (int i = from; i < path.length(); i++) {
			char c = path.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
				return false;
			}
		}
		return true;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String slug = path(request).substring(PREFIX.length());
		Cache<String, StoredResponse> responses = this.cache.responses();
		StoredResponse stored = responses.getIfPresent(slug);
		if (stored != null) {
			replay(stored, request, response);
			return;
		}
		ContentCachingResponseWrapper recording = new ContentCachingResponseWrapper(response);
		// Not in a finally: on an exception nothing was committed, and the container's
		// error handling writes the whole answer.
		chain.doFilter(request, recording);
		StoredResponse made = storable(recording, request.getAttribute(DATA_READ_AT));
		if (made != null && "GET".equals(request.getMethod())) {
			responses.put(slug, made);
		}
		recording.copyBodyToResponse();
	}

	private void replay(StoredResponse stored, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		ServerHttpObservationFilter.findObservationContext(request)
			.ifPresent((context) -> context.setPathPattern(PATTERN));
		response.setHeader(HttpHeaders.CACHE_CONTROL, stored.cacheControl());
		response.setHeader(HttpHeaders.AGE, Long.toString(this.cache.ageSeconds(stored.readAt())));
		if (new ServletWebRequest(request, response).checkNotModified(stored.etag())) {
			return; // 304, with the ETag set by checkNotModified
		}
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(stored.contentType());
		response.setContentLength(stored.body().length);
		if ("GET".equals(request.getMethod())) {
			response.getOutputStream().write(stored.body());
		}
	}

	/**
	 * A public, cacheable JSON 200 with its ETag and the time its data was read, or null
	 * for anything else.
	 */
	private static StoredResponse storable(ContentCachingResponseWrapper recorded, Object dataReadAt) {
		String etag = recorded.getHeader(HttpHeaders.ETAG);
		String cacheControl = recorded.getHeader(HttpHeaders.CACHE_CONTROL);
		String contentType = recorded.getContentType();
		if (!(dataReadAt instanceof Long readAt) || recorded.getStatus() != HttpServletResponse.SC_OK || etag == null
				|| cacheControl == null || !cacheControl.contains("public") || contentType == null
				|| !MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType))
				|| recorded.getHeader(HttpHeaders.VARY) != null) {
			return null;
		}
		return new StoredResponse(recorded.getContentAsByteArray(), contentType, etag, cacheControl, readAt);
	}

	/** No Accept header, or one that takes JSON: what the stored response is. */
	private static boolean acceptsJson(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank()) {
			return true;
		}
		try {
			List<MediaType> types = MediaType.parseMediaTypes(accept);
			return types.stream()
				.anyMatch((type) -> type.getQualityValue() > 0 && type.isCompatibleWith(MediaType.APPLICATION_JSON));
		}
		catch (InvalidMediaTypeException ex) {
			return false; // Spring MVC answers it
		}
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/**
	 * A 200 response's body and the headers that describe it, made from data read at
	 * {@code readAt} ({@link CatalogCache#now()}'s clock).
	 */
	record StoredResponse(byte[] body, String contentType, String etag, String cacheControl, long readAt) {
	}

}
