package dev.digitalstore.store.payment;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import dev.digitalstore.store.order.OrderLifecycle;

/**
 * What a provider's verdict does to a payment and its order, whoever learns it first
 * (webhook or reconciliation). The caller holds the payment's row lock; the payment and
 * the order change in its transaction, together with the order's outbox message.
 */
@Component
class PaymentTransitions {

	private static final Logger log = LoggerFactory.getLogger(PaymentTransitions.class);

	private final PaymentRepository payments;

	private final OrderLifecycle orders;

	PaymentTransitions(PaymentRepository payments, OrderLifecycle orders) {
		this.payments = payments;
		this.orders = orders;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void succeeded(PaymentRepository.Payment payment) {
		if (!this.payments.transition(payment.id(), PaymentRepository.PaymentStatus.PROCESSING,
				PaymentRepository.PaymentStatus.SUCCEEDED, null, null)) {
			return;
		}
		if (!this.orders.markPaid(payment.orderId())) {
			// Recorded, not applied: the order was cancelled (payment timeout) before the
			// money arrived.
			log.warn(
					"Payment {} succeeded but order {} no longer awaits payment: refund it from the provider's dashboard",
					payment.providerPaymentId(), payment.orderId());
		}
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void failed(PaymentRepository.Payment payment, String code, String message) {
		if (this.payments.transition(payment.id(), PaymentRepository.PaymentStatus.PROCESSING,
				PaymentRepository.PaymentStatus.DECLINED, code, message)) {
			this.orders.cancel(payment.orderId(), "declined:" + code);
		}
	}

}
