package dev.digitalstore.store.catalog;

import java.util.Optional;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import dev.digitalstore.store.catalog.CatalogViews.ProductDetail;

/**
 * Product pages are read far more often than products change, so their details (and "no
 * such product") are kept for {@code store.catalog.product-cache.ttl}: never longer than
 * the public {@code max-age} the responses carry anyway, so nobody sees them staler than
 * any HTTP cache on the way may already show them. An admin's change empties this
 * replica's cache as soon as it commits (not before: a request in between would cache the
 * old row again). Nothing charged comes from here: carts and checkout price from the
 * database.
 */
@Component
class ProductDetailCache {

	private final Cache<String, Optional<ProductDetail>> details;

	ProductDetailCache(CatalogProperties properties) {
		this.details = Caffeine.newBuilder()
			.maximumSize(properties.productCache().maxSize())
			.expireAfterWrite(properties.productCache().ttl())
			.build();
	}

	/** The cached details, or what {@code load} finds (once, for concurrent requests). */
	Optional<ProductDetail> get(String slug, Supplier<Optional<ProductDetail>> load) {
		return this.details.get(slug, (key) -> load.get());
	}

	/**
	 * Forgets every product once the current transaction commits (or now, without one).
	 */
	void evictAllAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.details.invalidateAll();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				ProductDetailCache.this.details.invalidateAll();
			}
		});
	}

}
