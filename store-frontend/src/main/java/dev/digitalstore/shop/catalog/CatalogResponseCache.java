package dev.digitalstore.shop.catalog;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * HTTP caching between the shop and the backend for catalog reads: an answer is kept
 * exactly as long as the backend's {@code Cache-Control} says it stays fresh
 * ({@code max-age}, never more than {@link #MAX_AGE}, less its age: the {@code Age} the
 * backend sends for data it served from its own cache plus the time the call took, as RFC
 * 9111 counts it; nothing for {@code no-store}, {@code no-cache} or {@code private}).
 * Every catalog page otherwise costs a backend round trip for data the backend has
 * already declared cacheable. The shop's own admin changes empty it at once (see
 * {@link CatalogChanges}); other replicas see a change within the backend's max-age, as
 * any HTTP cache would.
 * <p>
 * The backend is never called while the cache holds a lock: a miss asks the backend, then
 * stores the answer, so two shoppers missing the same page at once may both ask (bounded
 * by the concurrency, harmless). Computing inside the cache ({@code get(key, loader)})
 * holds a map lock for the whole call, and the cache's clean-up, which runs on the JDK's
 * common pool by default, then waited for it while the JDK HTTP client needed that pool
 * to complete the very call: the benchmark saw every backend call of the shop stall for
 * the 5 s read timeout. Clean-up therefore runs on the calling thread too.
 */
@Component
class CatalogResponseCache {

	static final Duration MAX_AGE = Duration.ofSeconds(30);

	private static final Pattern MAX_AGE_DIRECTIVE = Pattern.compile("max-age=(\\d+)");

	private static final Pattern DELTA_SECONDS = Pattern.compile("\\d{1,9}");

	private final Ticker ticker;

	private final Cache<String, Fresh> answers;

	/**
	 * Counts {@link #clear()}s, so an answer requested before one is not kept after it.
	 */
	private final AtomicLong generation = new AtomicLong();

	@Autowired
	CatalogResponseCache() {
		this(Ticker.systemTicker());
	}

	CatalogResponseCache(Ticker ticker) {
		this.ticker = ticker;
		this.answers = Caffeine.newBuilder()
			.maximumSize(2_000)
			.ticker(ticker)
			.executor(Runnable::run)
			.expireAfter(new Expiry<String, Fresh>() {
				@Override
				public long expireAfterCreate(String key, Fresh value, long currentTime) {
					return value.freshFor().toNanos();
				}

				@Override
				public long expireAfterUpdate(String key, Fresh value, long currentTime, long currentDuration) {
					return value.freshFor().toNanos();
				}

				@Override
				public long expireAfterRead(String key, Fresh value, long currentTime, long currentDuration) {
					return currentDuration;
				}
			})
			.build();
	}

	/** The backend's answer for this key, from the cache while it is fresh. */
	@SuppressWarnings("unchecked")
	<T> T get(String key, Supplier<ResponseEntity<T>> request) {
		Fresh cached = this.answers.getIfPresent(key);
		if (cached != null) {
			return (T) cached.body();
		}
		long generation = this.generation.get();
		long asked = this.ticker.read();
		ResponseEntity<T> response = request.get();
		Duration freshFor = freshness(response.getHeaders()).minusNanos(this.ticker.read() - asked);
		if (!freshFor.isNegative() && !freshFor.isZero()) {
			this.answers.put(key, new Fresh(response.getBody(), freshFor));
			if (this.generation.get() != generation) {
				// cleared while this answer was on its way: it may predate the change
				this.answers.invalidate(key);
			}
		}
		return response.getBody();
	}

	void clear() {
		this.generation.incrementAndGet();
		this.answers.invalidateAll();
	}

	static Duration freshness(HttpHeaders headers) {
		String cacheControl = headers.getCacheControl();
		if (cacheControl == null || cacheControl.contains("no-store") || cacheControl.contains("no-cache")
				|| cacheControl.contains("private")) {
			return Duration.ZERO;
		}
		Matcher maxAge = MAX_AGE_DIRECTIVE.matcher(cacheControl);
		if (!maxAge.find()) {
			return Duration.ZERO;
		}
		Duration declared = Duration.ofSeconds(Long.parseLong(maxAge.group(1)));
		Duration lifetime = (declared.compareTo(MAX_AGE) > 0) ? MAX_AGE : declared;
		Duration left = lifetime.minusSeconds(age(headers));
		return left.isNegative() ? Duration.ZERO : left;
	}

	/**
	 * The {@code Age} header's seconds, 0 without one. One that is not a number is taken
	 * as too old to keep, and so is a huge one (RFC 9111 reads it as 2^31 s).
	 */
	private static long age(HttpHeaders headers) {
		String age = headers.getFirst(HttpHeaders.AGE);
		if (age == null) {
			return 0;
		}
		return DELTA_SECONDS.matcher(age.trim()).matches() ? Long.parseLong(age.trim()) : Long.MAX_VALUE / 2;
	}

	private record Fresh(Object body, Duration freshFor) {
	}

}
