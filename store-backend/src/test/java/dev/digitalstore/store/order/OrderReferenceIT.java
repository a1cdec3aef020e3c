package dev.digitalstore.store.order;

import java.security.SecureRandom;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import dev.digitalstore.store.catalog.ProductKind;
import dev.digitalstore.store.testsupport.CommerceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A taken order reference writes nothing and leaves the checkout's transaction usable, so
 * the order is placed under another reference in the same transaction.
 */
class OrderReferenceIT extends CommerceIntegrationTest {

	@Autowired
	OrderRepository orders;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void aTakenReferenceIsRefusedWithoutAbortingTheTransaction() {
		long product = this.fixtures.product(ProductKind.DOWNLOAD, 700);
		String reference = OrderSecrets.newReference();
		NewOrder order = new NewOrder(null, "ref@example.test", "FR", "EUR", null,
				List.of(new NewOrder.Line(product, "p", "P", ProductKind.DOWNLOAD, 700, 1)));

		// as in a checkout: the token hash follows from the reference
		byte[] hash = randomHash();
		List<Boolean> written = this.transaction.execute((status) -> {
			boolean first = this.orders.insert(reference, hash, order, 700).isPresent();
			boolean again = this.orders.insert(reference, hash, order, 700).isPresent();
			boolean other = this.orders.insert(OrderSecrets.newReference(), randomHash(), order, 700).isPresent();
			return List.of(first, again, other);
		});

		assertThat(written).containsExactly(true, false, true);
		assertThat(this.jdbc.sql("select count(*) from customer_order where reference = ?")
			.param(reference)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private static byte[] randomHash() {
		byte[] hash = new byte[32];
		new SecureRandom().nextBytes(hash);
		return hash;
	}

}
