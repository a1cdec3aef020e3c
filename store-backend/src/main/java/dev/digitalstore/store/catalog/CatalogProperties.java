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
 * @param cache hot catalog reads kept in memory (see {@link CatalogCache})
 */
@Validated
@ConfigurationProperties("store.catalog")
record CatalogProperties(@DefaultValue("5MB") DataSize maxCoverSize, @DefaultValue("200MB") DataSize maxFileSize,
		@DefaultValue @Valid Cache cache) {

	/**
	 * @param ttl how long product details and categories are served from memory; at most
	 * the catalog's public max-age, and zero to turn the cache off
	 * @param maxProducts how many products' details are kept at most
	 */
	record Cache(@DefaultValue("30s") Duration ttl, @DefaultValue("20000") @Min(0) long maxProducts) {

		@AssertTrue(message = "must not be longer than the catalog responses' max-age (30 s)")
		boolean isTtlWithinMaxAge() {
			return this.ttl.compareTo(Duration.ofSeconds(CatalogController.MAX_AGE_SECONDS)) <= 0;
		}

	}

}
