package dev.digitalstore.store.catalog;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

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
 * every shop page shows, and which cost a pass over all products) are kept until their
 * data is {@code store.catalog.cache.ttl} old: never longer than the public
 * {@code max-age} the responses carry anyway. Nothing charged comes from here: carts and
 * checkout price from the database.
 * <p>
 * An admin's change starts a new generation of caches as soon as it commits (not before:
 * a request in between would cache the old row again). Emptying the old caches in place
 * would not be enough: a load or a response already under way when the change commits
 * would land in them afterwards, old as it is. In a new generation they land nowhere.
 * <p>
 * Every entry's lifetime counts from the moment its data was read from the database, not
 * from when it was stored, and is 80 % to 100 % of the TTL, picked at random: what a
 * burst of traffic loaded at once (a cold start, a new generation) then does not all
 * expire in the same instant and send the same burst to the database again. What comes
 * from here says how old it is in an {@code Age} header, as any HTTP cache does, so a
 * cache downstream (the shop's) keeps it only for what is left of the max-age.
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

	/**
	 * This generation's product responses, by slug. A response built from it and stored
	 * after the catalog changed goes into a generation nobody reads any more.
	 */
	Cache<String, StoredResponse> responses() {
		return this.current.responses;
	}

	/** Now, in the clock of the caches and of {@link Read#readAt()}. */
	long now() {
		return this.ticker.read();
	}

	/**
	 * Whole seconds since {@code readAt}, for an {@code Age} header (rounded down, as
	 * HTTP caches do).
	 */
	long ageSeconds(long readAt) {
		return Math.max(0, TimeUnit.NANOSECONDS.toSeconds(now() - readAt));
	}

	/** Forgets everything once the current transaction commits (or now, without one). */
	void evictAllAfterCommit() {
		AfterCommit.run(() -> this.current = new Generation(this.settings, this.ticker));
	}

	private <V> Read<V> read(Supplier<V> load) {
		long readAt = now();
		return new Read<>(load.get(), readAt);
	}

	/**
	 * A value as the database had it at {@code readAt} ({@link #now()}'s clock; taken
	 * before the read, so its age is never understated).
	 */
	record Read<V>(V value, long readAt) {
	}

	private static final class Generation {

		final Cache<String, Read<Optional<ProductDetail>>> details;

		final Cache<String, Read<List<CategoryView>>> categories;

		final Cache<String, StoredResponse> responses;

		Generation(CatalogProperties.Cache settings, Ticker ticker) {
			this.details = newCache(settings, ticker, settings.maxProducts(), Read::readAt);
			this.categories = newCache(settings, ticker, 1, Read::readAt);
			this.responses = newCache(settings, ticker, settings.maxProducts(), StoredResponse::readAt);
		}

		private static <V> Cache<String, V> newCache(CatalogProperties.Cache settings, Ticker ticker, long maximumSize,
				ToLongFunction<V> readAt) {
			return Caffeine.newBuilder()
				.executor(Runnable::run)
				.ticker(ticker)
				.maximumSize(maximumSize)
				.expireAfter(new ReadTimeExpiry<String, V>(settings.ttl().toNanos(), readAt))
				.build();
		}

	}

	/**
	 * Expires an entry once its data is 80 % to 100 % of the TTL old, counted from when
	 * it was read (the ticker's {@code currentTime} is {@link #now()}'s clock).
	 */
	private record ReadTimeExpiry<K, V>(long ttlNanos, ToLongFunction<V> readAt) implements Expiry<K, V> {

		@Override
		public long expireAfterCreate(K key, V value, long currentTime) {
			long lifetime = this.ttlNanos - (long) (this.ttlNanos * JITTER * ThreadLocalRandom.current().nextDouble());
			return Math.max(0, lifetime - (currentTime - this.readAt.applyAsLong(value)));
		}

		@Override
		public long expireAfterUpdate(K key, V value, long currentTime, long currentDuration) {
			return expireAfterCreate(key, value, currentTime);
		}

		@Override
		public long expireAfterRead(K key, V value, long currentTime, long currentDuration) {
			return currentDuration;
		}

	}

}
