package dev.digitalstore.store.catalog;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.digitalstore.store.catalog.CatalogViews.CategoryView;
import dev.digitalstore.store.catalog.CatalogViews.ProductDetail;

/**
 * The catalog's hot reads change far less often than they are read: product details (and
 * "no such product") and the categories with their product counts (which every shop page
 * shows, and which cost a pass over all products) are kept for
 * {@code store.catalog.cache.ttl}: never longer than the public {@code max-age} the
 * responses carry anyway, so nobody sees them staler than any HTTP cache on the way may
 * already show them. An admin's change empties this replica's cache as soon as it commits
 * (not before: a request in between would cache the old row again). Nothing charged comes
 * from here: carts and checkout price from the database.
 * <p>
 * The caches clean up on the calling thread rather than on the JDK's common pool: their
 * loaders run inside a map lock, and clean-up blocked on that lock must not hold a
 * common-pool thread other work may need (the shop saw exactly that deadlock with its
 * HTTP client).
 * <p>
 * The product responses built from these details ({@link ProductResponseCache}) go with
 * them.
 */
@Component
class CatalogCache {

	private final Cache<String, Optional<ProductDetail>> details;

	private final Cache<String, List<CategoryView>> categories;

	private final ProductResponseCache responses;

	CatalogCache(CatalogProperties properties, ProductResponseCache responses) {
		this.responses = responses;
		this.details = Caffeine.newBuilder()
			.executor(Runnable::run)
			.maximumSize(properties.cache().maxProducts())
			.expireAfterWrite(properties.cache().ttl())
			.build();
		this.categories = Caffeine.newBuilder()
			.executor(Runnable::run)
			.maximumSize(1)
			.expireAfterWrite(properties.cache().ttl())
			.build();
	}

	/** The cached details, or what {@code load} finds (once, for concurrent requests). */
	Optional<ProductDetail> product(String slug, Supplier<Optional<ProductDetail>> load) {
		return this.details.get(slug, (key) -> load.get());
	}

	List<CategoryView> categories(Supplier<List<CategoryView>> load) {
		return this.categories.get("all", (key) -> load.get());
	}

	/** Forgets everything once the current transaction commits (or now, without one). */
	void evictAllAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			evictAll();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				evictAll();
			}
		});
	}

	private void evictAll() {
		this.details.invalidateAll();
		// After the details: a response started from here on is built from fresh ones.
		this.responses.clear();
		this.categories.invalidateAll();
	}

}
