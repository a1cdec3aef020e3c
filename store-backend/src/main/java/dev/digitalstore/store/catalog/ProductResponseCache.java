package dev.digitalstore.store.catalog;

import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Product detail responses exactly as the API last wrote them (body, type, ETag,
 * Cache-Control), replayed by {@link ProductResponseFilter} for as long as
 * {@link CatalogCache} keeps the details themselves, and emptied with it.
 * <p>
 * A response stored while the catalog changes could be the old one, so each store says
 * which generation of the cache it started in, and a clear in between drops it.
 */
@Component
class ProductResponseCache {

	private final Cache<String, StoredResponse> responses;

	private final AtomicLong generation = new AtomicLong();

	ProductResponseCache(CatalogProperties properties) {
		this.responses = Caffeine.newBuilder()
			.executor(Runnable::run)
			.maximumSize(properties.cache().maxProducts())
			.expireAfterWrite(properties.cache().ttl())
			.build();
	}

	StoredResponse find(String path) {
		return this.responses.getIfPresent(path);
	}

	/** Where a request that will store its response starts from. */
	long generation() {
		return this.generation.get();
	}

	/** Keeps the response, unless the cache was emptied since {@code startedAt}. */
	void store(String path, long startedAt, StoredResponse response) {
		if (this.generation.get() == startedAt) {
			this.responses.put(path, response);
			if (this.generation.get() != startedAt) {
				this.responses.invalidate(path);
			}
		}
	}

	void clear() {
		this.generation.incrementAndGet();
		this.responses.invalidateAll();
	}

	/** A 200 response's body and the headers that describe it. */
	record StoredResponse(byte[] body, String contentType, String etag, String cacheControl) {
	}

}
