package dev.digitalstore.store.catalog;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import dev.digitalstore.store.catalog.ProductResponseCache.StoredResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ProductResponseCacheTest {

	final ProductResponseCache cache = new ProductResponseCache(new CatalogProperties(DataSize.ofMegabytes(5),
			DataSize.ofMegabytes(200), new CatalogProperties.Cache(Duration.ofSeconds(30), 100)));

	final StoredResponse response = new StoredResponse("{}".getBytes(), "application/json", "\"0abc\"",
			"max-age=30, public");

	@Test
	void aResponseIsKeptUntilTheCatalogChanges() {
		this.cache.store("/api/products/a", this.cache.generation(), this.response);
		assertThat(this.cache.find("/api/products/a")).isSameAs(this.response);

		this.cache.clear();
		assertThat(this.cache.find("/api/products/a")).isNull();
	}

	@Test
	void aResponseBuiltBeforeTheCatalogChangedIsNotKept() {
		long startedAt = this.cache.generation();
		this.cache.clear(); // an admin's change commits while the response is being built

		this.cache.store("/api/products/a", startedAt, this.response);
		assertThat(this.cache.find("/api/products/a")).isNull();

		this.cache.store("/api/products/a", this.cache.generation(), this.response);
		assertThat(this.cache.find("/api/products/a")).isSameAs(this.response);
	}

}
