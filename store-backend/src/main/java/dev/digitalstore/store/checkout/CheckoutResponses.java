package dev.digitalstore.store.checkout;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import dev.digitalstore.store.order.OrderView;
import dev.digitalstore.store.payment.ChargeResult;
import dev.digitalstore.store.shared.web.ProblemException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checkout responses as bytes: what is stored for an idempotency key is exactly what the
 * first client received.
 */
@Component
class CheckoutResponses {

	private final JsonMapper jsonMapper;

	CheckoutResponses(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	StoredResponse created(OrderView order) {
		return new StoredResponse(HttpStatus.CREATED.value(), MediaType.APPLICATION_JSON_VALUE,
				this.jsonMapper.writeValueAsBytes(order), false);
	}

	StoredResponse declined(String orderReference, ChargeResult.Declined declined) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", ProblemException.TYPE_BASE + "payment-declined");
		problem.put("title", "Payment declined");
		problem.put("status", HttpStatus.PAYMENT_REQUIRED.value());
		problem.put("detail", declined.message());
		problem.put("instance", "/api/checkout");
		problem.put("declineCode", declined.code());
		problem.put("orderReference", orderReference);
		return new StoredResponse(HttpStatus.PAYMENT_REQUIRED.value(), MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				this.jsonMapper.writeValueAsBytes(problem), false);
	}

}
