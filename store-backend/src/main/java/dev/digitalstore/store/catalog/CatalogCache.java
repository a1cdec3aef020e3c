package dev.digitalstore.store.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.beans.factory.annotation.Autowired;
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
 * Each entry lives between 80 % and 100 % of the TTL, picked at random: the details a
 * burst of traffic loaded at once (a cold start, a new generation) then do not all expire
 * in the same instant and send the same burst to the database again. A product response
 * is kept only as long as the details it was built from, so it is never older than the
 * TTL either.
 * <p>
 * The caches clean up on the calling thread rather than on the JDK's common pool: their
 * loaders run inside a map lock, and clean-up blocked on that lock must not hold a
 * common-pool thread other work may need (the shop saw exactly that deadlock with its
 * HTTP client).
 */
@Component
class CatalogCache {

	/** The part of the TTL an entry may lose, so that entries expire spread out. */
	private static final double JITTER = 0.2;

	private final CatalogProperties.Cache settings;

	private final Ticker ticker;

	private volatile Generation current;

	@Autowired
	CatalogCache(CatalogProperties properties) {
		this(properties, Ticker.systemTicker());
	}

	CatalogCache(CatalogProperties properties, Ticker ticker) {
		this.settings = properties.cache();
		this.ticker = ticker;
		this.current = new Generation(this.settings, ticker);
	}

	/** The cached details, or what {@code load} finds (once, for concurrent requests). */
	Read<Optional<ProductDetail>> product(String slug, Supplier<Optional<ProductDetail>> load) {
		return this.current.details.get(slug, (key) -> read(load));
	}

	Read<List<CategoryView>> categories(Supplier<List<CategoryView>> load) {
		return this.current.categories.get("all", (key) -> read(load));
	}

	/** Now, in the clock of the caches and of {@link Read#readAt()}. */
	long now() {
		return this.ticker.read();
	}

	/** Whole seconds since {@code readAt}, for an {@code Age} header. */
	long ageSeconds(long readAt) {
		return Math.max(0, TimeUnit.NANOSECONDS.toSeconds(now() - readAt));
	}

	private <V> Read<V> read(Supplier<V> load) {
		long readAt = now();
		return new Read<>(load.get(), readAt);
	}

	/**
	 * This generation's product responses. A response built from it and stored after the
	 * catalog changed goes into a generation nobody reads any more.
	 */
	ProductResponses responses() {
		return this.current.responses;
	}

	/** Forgets everything once the current transaction commits (or now, without one). */
	void evictAllAfterCommit() {
		AfterCommit.run(() -> this.current = new Generation(this.settings, this.ticker));
	}

	private static <V> Cache<String, V> newCache(CatalogProperties.Cache settings, Ticker ticker, long maximumSize) {
		long ttlNanos = settings.ttl().toNanos();
		return Caffeine.newBuilder()
			.executor(Runnable::run)
			.ticker(ticker)
			.maximumSize(maximumSize)
			.expireAfter(Expiry.<String, V>writing((key, value) -> Duration
				.ofNanos(ttlNanos - (long) (ttlNanos * JITTER * ThreadLocalRandom.current().nextDouble()))))
			.build();
	}

	/**
	 * The product responses of one generation, by slug, each kept no longer than the
	 * details it was built from.
	 */
	final class ProductResponses {

		private final Cache<String, Read<Optional<ProductDetail>>> details;

		private final Cache<String, StoredResponse> stored;

		private ProductResponses(Cache<String, Read<Optional<ProductDetail>>> details,
				Cache<String, StoredResponse> stored) {
			this.details = details;
			this.stored = stored;
		}

		StoredResponse get(String slug) {
			return this.stored.getIfPresent(slug);
		}

		/**
		 * Taken before a response is built: how long it may be kept, in the cache's
		 * clock. The details the response will be built from are those cached now, or
		 * ones loaded later than now; either way they expire no sooner than this.
		 */
		long keepUntil(String slug) {
			long now = now();
			Optional<Duration> left = this.details.policy()
				.expireVariably()
				.flatMap((policy) -> policy.getExpiresAfter(slug))
				.filter((duration) -> !duration.isNegative() && !duration.isZero());
			return now + left.map(Duration::toNanos)
				.orElse((long) (CatalogCache.this.settings.ttl().toNanos() * (1 - JITTER)));
		}

		/**
		 * Keeps a response until {@code keepUntil}, and not once its data is a TTL old,
		 * if that is still ahead.
		 */
		void put(String slug, StoredResponse response, long keepUntil) {
			long until = Math.min(keepUntil, response.readAt() + CatalogCache.this.settings.ttl().toNanos());
			long left = until - now();
			if (left > 0) {
				this.stored.policy().expireVariably().orElseThrow().put(slug, response, Duration.ofNanos(left));
			}
		}

	}

	/**
	 * A value as the database had it at {@code readAt} ({@link #now()}'s clock; taken
	 * before the read, so the age is never understated).
	 */
	record Read<V>(V value, long readAt) {
	}

	private final class Generation {

		final Cache<String, Read<Optional<ProductDetail>>> details;

		final Cache<String, Read<List<CategoryView>>> categories;

		final ProductResponses responses;

		Generation(CatalogProperties.Cache settings, Ticker ticker) {
			this.details = newCache(settings, ticker, settings.maxProducts());
			this.categories = newCache(settings, ticker, 1);
			this.responses = new ProductResponses(this.details, newCache(settings, ticker, settings.maxProducts()));
		}

	}

}
