package dev.digitalstore.store.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Catalog limits.
 *
 * @param maxCoverSize the largest cover image accepted
 * @param maxFileSize the largest downloadable file accepted (the multipart limit must be
 * at least this)
 */
@ConfigurationProperties("store.catalog")
record CatalogProperties(@DefaultValue("5MB") DataSize maxCoverSize, @DefaultValue("200MB") DataSize maxFileSize) {

}
