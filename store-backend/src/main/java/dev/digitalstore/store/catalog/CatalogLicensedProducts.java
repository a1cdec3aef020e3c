package dev.digitalstore.store.catalog;

import java.util.Optional;

import org.springframework.stereotype.Component;

import dev.digitalstore.store.licensing.LicensedProducts;

/** Tells licensing which products exist and which of them are sold with licence keys. */
@Component
class CatalogLicensedProducts implements LicensedProducts {

	private final CatalogApi catalog;

	CatalogLicensedProducts(CatalogApi catalog) {
		this.catalog = catalog;
	}

	@Override
	public Optional<LicensedProduct> find(long productId) {
		return this.catalog.offer(productId)
			.map((offer) -> new LicensedProduct(offer.id(), offer.title(), offer.kind().hasLicenceKey()));
	}

}
