package dev.digitalstore.store.catalog;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Catalog limits.
 *
 * @param maxCoverSize the largest cover image accepted
 * @param maxFileSize the largest downloadable file accepted (the multipart limit must be
 * at least this)
 * @param productCache product details kept in memory (see {@link ProductDetailCache})
 */
@Validated
@ConfigurationProperties("store.catalog")
record CatalogProperties(@DefaultValue("5MB") DataSize maxCoverSize, @DefaultValue("200MB") DataSize maxFileSize,
		@DefaultValue @Valid ProductCache productCache) {

	/**
	 * @param ttl how long a product's details are served from memory; at most the
	 * catalog's public max-age, and zero to turn the cache off
	 * @param maxSize how many products are kept at most
	 */
	record ProductCache(@DefaultValue("30s") Duration ttl, @DefaultValue("20000") @Min(0) long maxSize) {

		@AssertTrue(message = "must not be longer than the catalog responses' max-age (30 s)")
		boolean isTtlWithinMaxAge() {
			return this.ttl.compareTo(Duration.ofSeconds(CatalogController.MAX_AGE_SECONDS)) <= 0;
		}

	}

}
