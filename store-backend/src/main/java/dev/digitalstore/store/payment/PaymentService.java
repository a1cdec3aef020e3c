package dev.digitalstore.store.payment;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import dev.digitalstore.store.order.OrderLifecycle;
import dev.digitalstore.store.order.PaymentRefunds;

@Service
class PaymentService implements PaymentApi, PaymentRefunds {

	private final PaymentProvider provider;

	private final PaymentRepository payments;

	private final OrderLifecycle orders;

	private final TransactionTemplate transaction;

	PaymentService(PaymentProvider provider, PaymentRepository payments, OrderLifecycle orders,
			TransactionTemplate transaction) {
		this.provider = provider;
		this.payments = payments;
		this.orders = orders;
		this.transaction = transaction;
	}

	@Override
	public ChargeResult charge(OrderCharge charge) {
		// One charge per order: a retried checkout of the same order cannot charge twice.
		ChargeResult result = this.provider.charge(new ChargeRequest(charge.orderReference(), charge.amountMinor(),
				charge.currency(), charge.paymentToken(), "charge-" + charge.orderReference()));
		this.transaction.executeWithoutResult((status) -> {
			if (result instanceof ChargeResult.Declined declined) {
				this.payments.insert(charge.orderId(), this.provider.name(), declined.providerPaymentId(),
						PaymentRepository.PaymentStatus.DECLINED, charge.amountMinor(), charge.currency(),
						declined.code(), declined.message());
				this.orders.cancel(charge.orderId(), "declined:" + declined.code());
			}
			else {
				// The confirmation webhook may have been faster and recorded the payment
				// already.
				this.payments.insert(charge.orderId(), this.provider.name(), result.providerPaymentId(),
						PaymentRepository.PaymentStatus.PROCESSING, charge.amountMinor(), charge.currency(), null,
						null);
			}
		});
		return result;
	}

	@Override
	public List<TestCard> testCards() {
		return this.provider.testCards();
	}

	@Override
	@Transactional
	public void refund(long orderId) {
		this.payments.lockByOrder(orderId)
			.filter((payment) -> payment.status() == PaymentRepository.PaymentStatus.SUCCEEDED)
			.ifPresent((payment) -> {
				PaymentProvider owner = payment.provider().equals(this.provider.name()) ? this.provider : null;
				if (owner == null) {
					throw new IllegalStateException(
							"Payment " + payment.providerPaymentId() + " was made with provider " + payment.provider());
				}
				owner.refund(payment.providerPaymentId());
				this.payments.transition(payment.id(), PaymentRepository.PaymentStatus.SUCCEEDED,
						PaymentRepository.PaymentStatus.REFUNDED, null, null);
			});
	}

}
