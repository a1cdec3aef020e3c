package dev.digitalstore.store.order;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.digitalstore.store.licensing.LicenceKeyApi;
import dev.digitalstore.store.outbox.Outbox;
import dev.digitalstore.store.shared.web.NotFoundException;
import dev.digitalstore.store.shared.web.ProblemException;

/**
 * Refunds by an admin: the provider gives the money back, the order becomes REFUNDED, its
 * licence keys are revoked and an {@link OrderTopics#REFUNDED} message tells delivery to
 * revoke downloads, all under the order's row lock. Refunding a refunded order changes
 * nothing.
 */
@Service
class OrderRefunds {

	private final OrderRepository orders;

	private final PaymentRefunds payments;

	private final LicenceKeyApi licenceKeys;

	private final Outbox outbox;

	OrderRefunds(OrderRepository orders, PaymentRefunds payments, LicenceKeyApi licenceKeys, Outbox outbox) {
		this.orders = orders;
		this.payments = payments;
		this.licenceKeys = licenceKeys;
		this.outbox = outbox;
	}

	@Transactional
	OrderView refund(String reference) {
		OrderRecord order = this.orders.lockByReference(reference)
			.orElseThrow(() -> new NotFoundException("The order"));
		if (order.status() == OrderStatus.REFUNDED) {
			return order.view();
		}
		if (order.status() != OrderStatus.PAID && order.status() != OrderStatus.FULFILLED) {
			throw new NotRefundableException(order.status());
		}
		// The provider's refund is idempotent, so a retry after a failed commit does not
		// refund twice.
		this.payments.refund(order.id());
		this.orders.refund(order.id(), List.of(OrderStatus.PAID, OrderStatus.FULFILLED));
		this.licenceKeys.revokeForOrder(order.id());
		this.outbox.enqueue(OrderTopics.REFUNDED, String.valueOf(order.id()), Map.of("orderId", order.id()));
		return this.orders.findById(order.id()).orElseThrow().view();
	}

	static final class NotRefundableException extends ProblemException {

		NotRefundableException(OrderStatus status) {
			super(HttpStatus.CONFLICT, "order-not-refundable", "Order not refundable",
					"Only paid or fulfilled orders can be refunded; this one is " + status + ".");
		}

	}

}
