package dev.digitalstore.shop.checkout;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.digitalstore.shop.backend.BackendProblem;
import dev.digitalstore.shop.backend.BackendProblemException;
import dev.digitalstore.shop.order.OrderStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PlaceOrderTest {

	private static final CheckoutRequest REQUEST = new CheckoutRequest("cart-1", "a@example.test", "FR", "tok_visa");

	private static final PlacedOrder ORDER = new PlacedOrder("DS-1", OrderStatus.PENDING_PAYMENT, "token");

	@Test
	void aSecondSubmitWaitsForTheFirstAndShowsItsOrder() {
		ScriptedCheckout checkout = new ScriptedCheckout(conflict("request-in-progress"),
				conflict("request-in-progress"), null);
		assertThat(new PlaceOrder(checkout).place("key", REQUEST, null)).isEqualTo(ORDER);
		assertThat(checkout.calls).isEqualTo(3);
	}

	@Test
	void otherConflictsAreAnswersNotReasonsToWait() {
		for (String type : List.of("out-of-stock", "items-unavailable", "cart-already-ordered")) {
			ScriptedCheckout checkout = new ScriptedCheckout(conflict(type), null);
			assertThatExceptionOfType(BackendProblemException.Conflict.class)
				.isThrownBy(() -> new PlaceOrder(checkout).place("key", REQUEST, null))
				.satisfies((ex) -> assertThat(ex.problem().typeName()).isEqualTo(type));
			assertThat(checkout.calls).as(type).isEqualTo(1);
		}
	}

	private static BackendProblemException conflict(String type) {
		return new BackendProblemException.Conflict(BackendProblem.of(409, type, "Conflict", "Refused"));
	}

	/** Answers with the given problems in turn, then the order (null stands for it). */
	private static final class ScriptedCheckout implements CheckoutClient {

		private final Deque<BackendProblemException> answers = new ArrayDeque<>();

		private int calls;

		ScriptedCheckout(BackendProblemException... answers) {
			for (BackendProblemException answer : answers) {
				if (answer != null) {
					this.answers.add(answer);
				}
			}
		}

		@Override
		public PlacedOrder checkout(String idempotencyKey, CheckoutRequest request, String accessToken) {
			this.calls++;
			if (!this.answers.isEmpty()) {
				throw this.answers.poll();
			}
			return ORDER;
		}

		@Override
		public List<TestCard> testCards() {
			return List.of();
		}

	}

}
