package dev.digitalstore.store.checkout;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import dev.digitalstore.store.catalog.ProductKind;
import dev.digitalstore.store.support.StatementCounter;
import dev.digitalstore.store.testsupport.CommerceIntegrationTest;

import static dev.digitalstore.store.testsupport.CommerceFixtures.checkout;
import static dev.digitalstore.store.testsupport.CommerceFixtures.checkoutBody;
import static dev.digitalstore.store.testsupport.CommerceFixtures.guestCart;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A checkout's cost does not grow with the cart: order lines are written, and licence
 * keys reserved, in one statement each whatever the number of lines.
 */
class CheckoutStatementsIT extends CommerceIntegrationTest {

	@Autowired
	StatementCounter statements;

	@Test
	void oneLineOrThreeCostTheSameStatementsAndEveryLineGetsItsKeys() {
		long software = this.fixtures.product(ProductKind.LICENCE_KEY, 1500);
		this.fixtures.keys(software, 3);
		String oneLine = guestCart(software);
		long game = this.fixtures.product(ProductKind.DOWNLOAD_AND_KEY, 900);
		this.fixtures.keys(game, 2);
		long ebook = this.fixtures.product(ProductKind.DOWNLOAD, 500);
		String threeLines = guestCart(software, game, ebook);

		int forOne = countedCheckout(oneLine);
		int forThree = countedCheckout(threeLines);

		assertThat(forThree).isEqualTo(forOne);
		assertThat(reservedOrAssignedKeys(threeLines)).isEqualTo(2);
		assertThat(this.jdbc.sql("""
				select count(*) from order_line l join customer_order o on o.id = l.order_id where o.cart_id = ?
				""").param(threeLines).query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void aShortPoolOnAnyLineRefusesTheWholeCheckoutAndReservesNothing() {
		long plenty = this.fixtures.product(ProductKind.LICENCE_KEY, 1000);
		this.fixtures.keys(plenty, 5);
		long soldOut = this.fixtures.product(ProductKind.LICENCE_KEY, 1000);
		String cart = guestCart(plenty, soldOut);

		checkout(UUID.randomUUID().toString(), checkoutBody(cart, "tok_visa")).post("/api/checkout")
			.then()
			.statusCode(409)
			.contentType("application/problem+json");

		assertThat(this.jdbc.sql("select count(*) from licence_key where product_id = ? and status = 'AVAILABLE'")
			.param(plenty)
			.query(Long.class)
			.single()).isEqualTo(5);
		assertThat(this.jdbc.sql("select count(*) from customer_order where cart_id = ?")
			.param(cart)
			.query(Long.class)
			.single()).isZero();
	}

	private int countedCheckout(String cartId) {
		String trace = UUID.randomUUID().toString();
		checkout(UUID.randomUUID().toString(), checkoutBody(cartId, "tok_visa")).header(StatementCounter.HEADER, trace)
			.post("/api/checkout")
			.then()
			.statusCode(201);
		return this.statements.count(trace);
	}

	private long reservedOrAssignedKeys(String cartId) {
		return this.jdbc.sql("""
				select count(*) from licence_key k join customer_order o on o.id = k.order_id
				where o.cart_id = ? and k.status in ('RESERVED', 'ASSIGNED')
				""").param(cartId).query(Long.class).single();
	}

}
