package dev.digitalstore.store.licensing;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.digitalstore.store.shared.web.NotFoundException;

/** Adds a vendor's keys to a product's pool: all of them, or none. */
@Service
class LicenceKeyImport {

	private final JdbcClient jdbc;

	private final LicensedProducts products;

	private final LicenceKeyApi licenceKeys;

	LicenceKeyImport(JdbcClient jdbc, LicensedProducts products, LicenceKeyApi licenceKeys) {
		this.jdbc = jdbc;
		this.products = products;
		this.licenceKeys = licenceKeys;
	}

	@Transactional
	Result importKeys(long productId, byte[] file) {
		LicensedProducts.LicensedProduct product = this.products.find(productId)
			.orElseThrow(() -> new NotFoundException("The product"));
		if (!product.sellsKeys()) {
			throw LicenceKeyProblems.productWithoutKeys(product.title());
		}
		List<String> keys = LicenceKeyFile.parse(file);
		SqlArrayValue values = new SqlArrayValue("varchar", keys.toArray());
		List<String> existing = this.jdbc
			.sql("select key_value from licence_key where product_id = ? and key_value = any(?) order by key_value")
			.params(productId, values)
			.query(String.class)
			.list();
		if (!existing.isEmpty()) {
			throw LicenceKeyProblems.duplicatesInPool(existing.stream().limit(5).toList(), existing.size());
		}
		try {
			int imported = this.jdbc
				.sql("insert into licence_key (product_id, key_value) select ?, unnest(cast(? as varchar[]))")
				.params(productId, values)
				.update();
			return new Result(imported, this.licenceKeys.available(productId));
		}
		catch (DuplicateKeyException ex) {
			// A concurrent import of the same keys committed first.
			throw LicenceKeyProblems.duplicatesInPool(List.of(), 1);
		}
	}

	record Result(int imported, long available) {

	}

}
