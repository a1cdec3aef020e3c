package dev.digitalstore.store.catalog;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** What other features may ask the catalog. */
public interface CatalogApi {

	/**
	 * Current offers for these products (active or not), keyed by id; unknown ids are
	 * absent.
	 */
	Map<Long, ProductOffer> offers(Collection<Long> productIds);

	Optional<ProductOffer> offer(long productId);

	/** The product's downloadable file, if one was uploaded. */
	Optional<ProductFile> file(long productId);

	/**
	 * The downloadable files of these products, keyed by product id (one statement);
	 * products without a file are absent.
	 */
	Map<Long, ProductFile> files(Collection<Long> productIds);

}
