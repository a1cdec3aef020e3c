package dev.digitalstore.store.payment;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.digitalstore.store.order.OrderLifecycle;
import dev.digitalstore.store.order.OrderStatus;
import dev.digitalstore.store.order.OrderSummary;
import tools.jackson.databind.JsonNode;

/**
 * Applies verified provider events. The event id is recorded in the same transaction as
 * its effect: a duplicate delivery finds it and changes nothing, a failed one leaves no
 * record and is applied when the provider retries.
 */
@Service
class WebhookEvents {

	static final String SUCCEEDED = "payment_intent.succeeded";

	static final String FAILED = "payment_intent.payment_failed";

	private static final Logger log = LoggerFactory.getLogger(WebhookEvents.class);

	private final PaymentRepository payments;

	private final PaymentTransitions transitions;

	private final OrderLifecycle orders;

	WebhookEvents(PaymentRepository payments, PaymentTransitions transitions, OrderLifecycle orders) {
		this.payments = payments;
		this.transitions = transitions;
		this.orders = orders;
	}

	/**
	 * @return false for an event handled before
	 */
	@Transactional
	boolean handle(String provider, JsonNode event) {
		String type = event.path("type").asString("");
		if (!this.payments.recordEvent(event.path("id").asString(), type.isEmpty() ? "unknown" : type)) {
			return false;
		}
		JsonNode data = event.path("data");
		String paymentId = data.path("paymentId").asString("");
		if (SUCCEEDED.equals(type)) {
			payment(provider, paymentId, data).ifPresent(this.transitions::succeeded);
		}
		else if (FAILED.equals(type)) {
			this.payments.lockByProviderId(paymentId)
				.ifPresent((payment) -> this.transitions.failed(payment, data.path("declineCode").asString("failed"),
						data.path("declineMessage").asString("The payment failed.")));
		}
		return true;
	}

	private Optional<PaymentRepository.Payment> payment(String provider, String paymentId, JsonNode data) {
		Optional<PaymentRepository.Payment> payment = this.payments.lockByProviderId(paymentId);
		if (payment.isPresent()) {
			if (!matches(payment.get(), data)) {
				log.error("Event for payment {} does not match its amount or currency: ignored", paymentId);
				return Optional.empty();
			}
			return payment;
		}
		// The store may have died between the provider's answer and recording the
		// payment: the event says
		// which order it pays.
		Optional<OrderSummary> order = this.orders.findByReference(data.path("orderReference").asString(""))
			.filter((found) -> found.status() == OrderStatus.PENDING_PAYMENT
					&& found.totalMinor() == data.path("amountMinor").asLong(-1)
					&& found.currency().equals(data.path("currency").asString("")));
		if (order.isEmpty() || paymentId.isEmpty()) {
			log.warn("Event for unknown payment {} ignored", paymentId);
			return Optional.empty();
		}
		this.payments.insert(order.get().id(), provider, paymentId, PaymentRepository.PaymentStatus.PROCESSING,
				order.get().totalMinor(), order.get().currency(), null, null);
		return this.payments.lockByProviderId(paymentId);
	}

	private static boolean matches(PaymentRepository.Payment payment, JsonNode data) {
		return payment.amountMinor() == data.path("amountMinor").asLong(-1)
				&& payment.currency().equals(data.path("currency").asString(""));
	}

}
