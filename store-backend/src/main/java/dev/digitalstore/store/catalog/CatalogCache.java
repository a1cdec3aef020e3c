package dev.digitalstore.store.catalog;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

import dev.digitalstore.store.catalog.CatalogViews.CategoryView;
import dev.digitalstore.store.catalog.CatalogViews.ProductDetail;
import dev.digitalstore.store.catalog.ProductResponseFilter.StoredResponse;
import dev.digitalstore.store.shared.AfterCommit;

/**
 * The catalog's hot reads change far less often than they are read: product details (and
 * "no such product"), the product responses built from them
 * ({@link ProductResponseFilter}) and the categories with their product counts (which
 * every shop page shows, and which cost a pass over all products) are kept for
 * {@code store.catalog.cache.ttl}: never longer than the public {@code max-age} the
 * responses carry anyway, so nobody sees them staler than any HTTP cache on the way may
 * already show them. Nothing charged comes from here: carts and checkout price from the
 * database.
 * <p>
 * An admin's change starts a new generation of caches as soon as it commits (not before:
 * a request in between would cache the old row again). Emptying the old caches in place
 * would not be enough: a load or a response already under way when the change commits
 * would land in them afterwards, old as it is. In a new generation they land nowhere.
 * <p>
 * The caches clean up on the calling thread rather than on the JDK's common pool: their
 * loaders run inside a map lock, and clean-up blocked on that lock must not hold a
 * common-pool thread other work may need (the shop saw exactly that deadlock with its
 * HTTP client).
 */
@Component
class CatalogCache {

	private final CatalogProperties.Cache settings;

	private volatile Generation current;

	CatalogCache(CatalogProperties properties) {
		this.settings = properties.cache();
		this.current = new Generation(this.settings);
	}

	/** The cached details, or what {@code load} finds (once, for concurrent requests). */
	Optional<ProductDetail> product(String slug, Supplier<Optional<ProductDetail>> load) {
		return this.current.details.get(slug, (key) -> load.get());
	}

	List<CategoryView> categories(Supplier<List<CategoryView>> load) {
		return this.current.categories.get("all", (key) -> load.get());
	}

	/**
	 * This generation's product responses, by request path. A response built from it and
	 * stored after the catalog changed goes into a generation nobody reads any more.
	 */
	Cache<String, StoredResponse> responses() {
		return this.current.responses;
	}

	/** Forgets everything once the current transaction commits (or now, without one). */
	void evictAllAfterCommit() {
		AfterCommit.run(() -> this.current = new Generation(this.settings));
	}

	private record Generation(Cache<String, Optional<ProductDetail>> details,
			Cache<String, List<CategoryView>> categories, Cache<String, StoredResponse> responses) {

		Generation(CatalogProperties.Cache settings) {
			this(newCache(settings, settings.maxProducts()), newCache(settings, 1),
					newCache(settings, settings.maxProducts()));
		}

		private static <V> Cache<String, V> newCache(CatalogProperties.Cache settings, long maximumSize) {
			return Caffeine.newBuilder()
				.executor(Runnable::run)
				.maximumSize(maximumSize)
				.expireAfterWrite(settings.ttl())
				.build();
		}

	}

}
