package dev.digitalstore.store.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import dev.digitalstore.store.catalog.CatalogViews.ProductDetail;
import dev.digitalstore.store.catalog.ProductResponseFilter.StoredResponse;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogCacheTest {

	final AtomicLong clock = new AtomicLong();

	final CatalogCache cache = new CatalogCache(new CatalogProperties(DataSize.ofMegabytes(5),
			DataSize.ofMegabytes(200), new CatalogProperties.Cache(Duration.ofSeconds(30), 100)), this.clock::get);

	final StoredResponse response = new StoredResponse("{}".getBytes(), "application/json", "\"0abc\"",
			"max-age=30, public", 0);

	@Test
	void detailsAndResponsesAreKeptUntilTheCatalogChanges() {
		assertThat(this.cache.product("a", () -> Optional.of(detail("A"))).value()).map(ProductDetail::title)
			.hasValue("A");
		assertThat(this.cache.product("a", () -> Optional.of(detail("not read"))).value()).map(ProductDetail::title)
			.hasValue("A");
		this.cache.responses().put("a", this.response);
		assertThat(this.cache.responses().getIfPresent("a")).isSameAs(this.response);

		this.cache.evictAllAfterCommit(); // no transaction: at once

		assertThat(this.cache.responses().getIfPresent("a")).isNull();
		assertThat(this.cache.product("a", () -> Optional.of(detail("A, renamed"))).value()).map(ProductDetail::title)
			.hasValue("A, renamed");
	}

	@Test
	void whatWasUnderWayWhenTheCatalogChangedIsNotKept() {
		// an admin's change commits while a request loads the old details
		assertThat(this.cache.product("a", () -> {
			this.cache.evictAllAfterCommit();
			return Optional.of(detail("old"));
		}).value()).map(ProductDetail::title).hasValue("old");
		assertThat(this.cache.product("a", () -> Optional.of(detail("new"))).value()).map(ProductDetail::title)
			.hasValue("new");

		// ... or while a response is being built
		var startedIn = this.cache.responses();
		this.cache.evictAllAfterCommit();
		startedIn.put("a", this.response);
		assertThat(this.cache.responses().getIfPresent("a")).isNull();
	}

	@Test
	void entriesLoadedTogetherExpireSpreadOverTheLastFifthOfTheTtl() {
		for (int i = 0; i < 100; i++) {
			String slug = "p" + i;
			this.cache.product(slug, () -> Optional.of(detail(slug)));
		}
		advance(Duration.ofSeconds(24).minusMillis(1));
		assertThat(stillCached(100)).as("none before 80 % of the TTL").isEqualTo(100);
		advance(Duration.ofSeconds(3));
		assertThat(stillCached(100)).as("some, not all, by 90 %").isStrictlyBetween(0, 100);
		advance(Duration.ofSeconds(3).plusMillis(1));
		assertThat(stillCached(100)).as("none after the TTL").isZero();
	}

	@Test
	void aResponseIsKeptUntilItsDataIsTooOldNotForATtlFromWhenItWasStored() {
		var read = this.cache.product("a", () -> Optional.of(detail("A")));
		advance(Duration.ofSeconds(20));
		// a request that found no response (a HEAD came first, say) builds one from the
		// 20 s old details
		StoredResponse late = new StoredResponse("{}".getBytes(), "application/json", "\"0abc\"", "max-age=30, public",
				read.readAt());
		this.cache.responses().put("a", late);
		assertThat(this.cache.responses().getIfPresent("a")).isSameAs(late);

		advance(Duration.ofSeconds(10).plusMillis(1));
		assertThat(this.cache.responses().getIfPresent("a")).as("gone 30 s after its data was read").isNull();
	}

	@Test
	void aSlowLoadsEntryAgesFromWhenTheReadStarted() {
		this.cache.product("a", () -> {
			advance(Duration.ofSeconds(10)); // the database took its time
			return Optional.of(detail("A"));
		});
		advance(Duration.ofSeconds(20).plusMillis(1));
		assertThat(this.cache.product("a", () -> Optional.of(detail("read again"))).value()).map(ProductDetail::title)
			.hasValue("read again");
	}

	@Test
	void aReadTellsHowOldItIs() {
		this.cache.product("a", () -> Optional.of(detail("A")));
		advance(Duration.ofMillis(12_500));
		var read = this.cache.product("a", () -> Optional.of(detail("not read")));
		assertThat(this.cache.ageSeconds(read.readAt())).isEqualTo(12);
	}

	private int stillCached(int count) {
		int cached = 0;
		for (int i = 0; i < count; i++) {
			String slug = "p" + i;
			if (this.cache.product(slug, () -> Optional.empty()).value().isPresent()) {
				cached++;
			}
		}
		return cached;
	}

	private void advance(Duration duration) {
		this.clock.addAndGet(duration.toNanos());
	}

	private static ProductDetail detail(String title) {
		return new ProductDetail(1, "a", title, "", null, null, ProductKind.DOWNLOAD, null, List.of(), false, null,
				null, null);
	}

}
