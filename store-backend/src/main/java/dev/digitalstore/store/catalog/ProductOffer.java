package dev.digitalstore.store.catalog;

/**
 * A product as other features see it when they price or deliver it: always read fresh
 * from the catalog.
 */
public record ProductOffer(long id, String slug, String title, long priceMinor, String currency, ProductKind kind,
		boolean active) {

}
