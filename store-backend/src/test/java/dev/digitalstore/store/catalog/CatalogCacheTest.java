package dev.digitalstore.store.catalog;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import dev.digitalstore.store.catalog.CatalogViews.ProductDetail;
import dev.digitalstore.store.catalog.ProductResponseFilter.StoredResponse;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogCacheTest {

	final CatalogCache cache = new CatalogCache(new CatalogProperties(DataSize.ofMegabytes(5),
			DataSize.ofMegabytes(200), new CatalogProperties.Cache(Duration.ofSeconds(30), 100)));

	final StoredResponse response = new StoredResponse("{}".getBytes(), "application/json", "\"0abc\"",
			"max-age=30, public");

	@Test
	void detailsAndResponsesAreKeptUntilTheCatalogChanges() {
		assertThat(this.cache.product("a", () -> Optional.of(detail("A")))).map(ProductDetail::title).hasValue("A");
		assertThat(this.cache.product("a", () -> Optional.of(detail("not read")))).map(ProductDetail::title)
			.hasValue("A");
		this.cache.responses().put("/api/products/a", this.response);
		assertThat(this.cache.responses().getIfPresent("/api/products/a")).isSameAs(this.response);

		this.cache.evictAllAfterCommit(); // no transaction: at once

		assertThat(this.cache.responses().getIfPresent("/api/products/a")).isNull();
		assertThat(this.cache.product("a", () -> Optional.of(detail("A, renamed")))).map(ProductDetail::title)
			.hasValue("A, renamed");
	}

	@Test
	void whatWasUnderWayWhenTheCatalogChangedIsNotKept() {
		// an admin's change commits while a request loads the old details
		assertThat(this.cache.product("a", () -> {
			this.cache.evictAllAfterCommit();
			return Optional.of(detail("old"));
		})).map(ProductDetail::title).hasValue("old");
		assertThat(this.cache.product("a", () -> Optional.of(detail("new")))).map(ProductDetail::title).hasValue("new");

		// ... or while a response is being built
		var startedIn = this.cache.responses();
		this.cache.evictAllAfterCommit();
		startedIn.put("/api/products/a", this.response);
		assertThat(this.cache.responses().getIfPresent("/api/products/a")).isNull();
	}

	private static ProductDetail detail(String title) {
		return new ProductDetail(1, "a", title, "", null, null, ProductKind.DOWNLOAD, null, List.of(), false, null,
				null, null);
	}

}
