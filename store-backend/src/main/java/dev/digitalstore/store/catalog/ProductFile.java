package dev.digitalstore.store.catalog;

/** The downloadable file of a product, as stored in asset storage. */
public record ProductFile(long productId, String storageKey, String fileName, String contentType, long size) {

}
