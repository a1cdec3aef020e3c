package dev.digitalstore.store.payment;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The test payment tokens a shop's checkout page may offer (empty with a live provider).
 */
@RestController
class TestCardsController {

	private final PaymentApi payments;

	TestCardsController(PaymentApi payments) {
		this.payments = payments;
	}

	@GetMapping("/api/payments/test-cards")
	List<TestCard> testCards() {
		return this.payments.testCards();
	}

}
