package dev.digitalstore.shop.catalog;

import java.util.List;
import java.util.Optional;

import dev.digitalstore.shop.backend.PageOf;

/** The store API's public catalog. */
public interface CatalogClient {

	List<Category> categories();

	PageOf<ProductSummary> search(ProductQuery query);

	/** The product with this slug, or empty when there is none (or it is inactive). */
	Optional<ProductDetail> product(String slug);

	/** Streams a product's cover image to the target; false when it has none. */
	boolean cover(String slug, ImageTarget target);

	/** Receives an image as it streams in. */
	interface ImageTarget {

		void write(String contentType, java.io.InputStream body) throws java.io.IOException;

	}

}
