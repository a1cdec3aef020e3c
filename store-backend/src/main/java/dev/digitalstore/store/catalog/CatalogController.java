package dev.digitalstore.store.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.digitalstore.store.assets.AssetDelivery;
import dev.digitalstore.store.assets.AssetStorage;
import dev.digitalstore.store.catalog.CatalogCache.Read;
import dev.digitalstore.store.catalog.CatalogViews.CategoryView;
import dev.digitalstore.store.catalog.CatalogViews.ProductDetail;
import dev.digitalstore.store.catalog.CatalogViews.ProductSummary;
import dev.digitalstore.store.assets.AssetResponses;
import dev.digitalstore.store.shared.web.NotFoundException;
import dev.digitalstore.store.shared.web.PageView;

/**
 * The public catalog. Responses may be cached briefly by anyone (they hold no personal
 * data) and carry an ETag (see {@link CatalogHttpCacheConfiguration}), so revalidation
 * costs a 304.
 */
@RestController
@RequestMapping("/api")
class CatalogController {

	static final long MAX_AGE_SECONDS = 30;

	static final CacheControl CATALOG_CACHE = CacheControl.maxAge(Duration.ofSeconds(MAX_AGE_SECONDS)).cachePublic();

	private final CatalogQueries queries;

	private final AssetStorage assets;

	private final CatalogCache cache;

	CatalogController(CatalogQueries queries, AssetStorage assets, CatalogCache cache) {
		this.queries = queries;
		this.assets = assets;
		this.cache = cache;
	}

	@GetMapping("/products")
	ResponseEntity<PageView<ProductSummary>> products(@RequestParam(required = false) String q,
			@RequestParam(required = false) String category, @RequestParam(required = false) Long minPrice,
			@RequestParam(required = false) Long maxPrice, @RequestParam(required = false) Boolean featured,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		ProductSearch search = ProductSearch.of(q, category, minPrice, maxPrice, featured, sort, page, size);
		return ResponseEntity.ok().cacheControl(CATALOG_CACHE).body(this.queries.search(search));
	}

	@GetMapping("/products/{slug}")
	ResponseEntity<ProductDetail> product(@PathVariable String slug, HttpServletRequest request) {
		Read<Optional<ProductDetail>> read = this.cache.product(slug, () -> this.queries.findActive(slug));
		ProductDetail product = read.value().orElseThrow(() -> new NotFoundException("Product '" + slug + "'"));
		// for ProductResponseFilter, which keeps the response until its data is too old
		request.setAttribute(ProductResponseFilter.DATA_READ_AT, read.readAt());
		return cachedOk(read).body(product);
	}

	@GetMapping("/products/{slug}/cover")
	ResponseEntity<?> cover(@PathVariable String slug) {
		CatalogQueries.StoredCover cover = this.queries.activeCover(slug)
			.orElseThrow(() -> new NotFoundException("Cover of product '" + slug + "'"));
		AssetDelivery delivery = this.assets.deliver(cover.key(), null, cover.contentType());
		return AssetResponses.inline(delivery, cover.contentType(),
				CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
	}

	@GetMapping("/categories")
	ResponseEntity<List<CategoryView>> categories() {
		Read<List<CategoryView>> read = this.cache.categories(this.queries::categories);
		return cachedOk(read).body(read.value());
	}

	/** A 200 from {@link CatalogCache}, with the age of what it holds. */
	private ResponseEntity.BodyBuilder cachedOk(Read<?> read) {
		return ResponseEntity.ok()
			.cacheControl(CATALOG_CACHE)
			.header(HttpHeaders.AGE, Long.toString(this.cache.ageSeconds(read.readAt())));
	}

}
