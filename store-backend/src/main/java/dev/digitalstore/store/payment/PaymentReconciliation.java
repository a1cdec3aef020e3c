package dev.digitalstore.store.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.digitalstore.store.order.OrderLifecycle;

/**
 * Webhooks get lost. This job asks the provider about payments that waited longer than
 * the grace period and applies its answer like the webhook would; then it cancels orders
 * that stayed unpaid past the payment timeout, releasing their licence keys. Each payment
 * or order is handled in its own transaction under a row lock (SKIP LOCKED or conditional
 * updates), so replicas running the job at once do not collide.
 */
@Component
class PaymentReconciliation {

	private static final Logger log = LoggerFactory.getLogger(PaymentReconciliation.class);

	private final PaymentRepository payments;

	private final PaymentTransitions transitions;

	private final PaymentProvider provider;

	private final OrderLifecycle orders;

	private final TransactionTemplate transaction;

	private final PaymentProperties.Reconciliation settings;

	private final Clock clock = Clock.systemUTC();

	PaymentReconciliation(PaymentRepository payments, PaymentTransitions transitions, PaymentProvider provider,
			OrderLifecycle orders, TransactionTemplate transaction, PaymentProperties properties) {
		this.payments = payments;
		this.transitions = transitions;
		this.provider = provider;
		this.orders = orders;
		this.transaction = transaction;
		this.settings = properties.reconciliation();
	}

	@Scheduled(initialDelayString = "${store.payment.reconciliation.interval:30s}",
			fixedDelayString = "${store.payment.reconciliation.interval:30s}")
	void run() {
		Instant now = this.clock.instant();
		int confirmed = confirmProcessing(now.minus(this.settings.grace()));
		int cancelled = cancelUnpaid(now.minus(this.settings.paymentTimeout()));
		if (confirmed + cancelled > 0) {
			log.info("Reconciliation: {} payment(s) settled, {} unpaid order(s) cancelled", confirmed, cancelled);
		}
	}

	/**
	 * Settles PROCESSING payments created before the cutoff; returns how many changed.
	 */
	int confirmProcessing(Instant createdBefore) {
		int settled = 0;
		for (long id : this.payments.processingCreatedBefore(createdBefore, this.settings.batchSize())) {
			Boolean changed = this.transaction.execute((status) -> this.payments.lockIfFree(id)
				.filter((payment) -> payment.status() == PaymentRepository.PaymentStatus.PROCESSING)
				.map(this::settle)
				.orElse(false));
			settled += Boolean.TRUE.equals(changed) ? 1 : 0;
		}
		return settled;
	}

	/** Cancels orders still awaiting payment that were created before the cutoff. */
	int cancelUnpaid(Instant createdBefore) {
		int cancelled = 0;
		for (long orderId : this.orders.awaitingPaymentSince(createdBefore, this.settings.batchSize())) {
			Boolean done = this.transaction.execute((status) -> {
				Optional<PaymentRepository.Payment> processing = this.payments.lockByOrder(orderId)
					.filter((found) -> found.status() == PaymentRepository.PaymentStatus.PROCESSING);
				if (processing.isPresent()) {
					PaymentRepository.Payment payment = processing.get();
					// Last word to the provider: money it took must not end in a
					// cancelled order.
					switch (this.provider.retrieve(payment.providerPaymentId())) {
						case SUCCEEDED -> {
							this.transitions.succeeded(payment);
							return false;
						}
						case FAILED -> this.transitions.failed(payment, "failed", "The payment failed.");
						default -> this.payments.transition(payment.id(), PaymentRepository.PaymentStatus.PROCESSING,
								PaymentRepository.PaymentStatus.DECLINED, "expired",
								"The payment was not confirmed in time.");
					}
				}
				return this.orders.cancel(orderId, "payment-timeout");
			});
			cancelled += Boolean.TRUE.equals(done) ? 1 : 0;
		}
		return cancelled;
	}

	private boolean settle(PaymentRepository.Payment payment) {
		ProviderPaymentStatus status = this.provider.retrieve(payment.providerPaymentId());
		switch (status) {
			case SUCCEEDED -> this.transitions.succeeded(payment);
			case FAILED -> this.transitions.failed(payment, "failed", "The payment failed.");
			default -> {
				return false;
			}
		}
		return true;
	}

}
