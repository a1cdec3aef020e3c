package dev.digitalstore.store.licensing;

import java.util.Optional;

/**
 * What licensing needs to know about products, provided by the catalog. Declared here and
 * implemented there, so the catalog may use {@link LicenceKeyApi} (stock in the admin
 * product list) without a dependency cycle.
 */
public interface LicensedProducts {

	Optional<LicensedProduct> find(long productId);

	/**
	 * @param sellsKeys whether buyers of the product receive licence keys
	 */
	record LicensedProduct(long id, String title, boolean sellsKeys) {

	}

}
