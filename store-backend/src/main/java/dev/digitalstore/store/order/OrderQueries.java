package dev.digitalstore.store.order;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.digitalstore.store.shared.security.Caller;
import dev.digitalstore.store.shared.web.NotFoundException;

/** The order facade other features (delivery) use, and the access rule of orders. */
@Service
class OrderQueries implements OrderApi {

	private final OrderRepository orders;

	private final OrderSecrets secrets;

	OrderQueries(OrderRepository orders, OrderSecrets secrets) {
		this.orders = orders;
		this.secrets = secrets;
	}

	@Override
	@Transactional(readOnly = true)
	public String accessToken(long orderId) {
		return this.orders.findById(orderId)
			.map((order) -> this.secrets.accessToken(order.reference()))
			.orElseThrow(() -> new NotFoundException("The order"));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OrderSummary> find(long orderId) {
		return this.orders.findById(orderId).map(OrderRecord::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<OrderSummary> findAccessible(String reference, Caller caller, String accessToken) {
		return findAccessibleRecord(reference, caller, accessToken).map(OrderRecord::summary);
	}

	@Transactional(readOnly = true)
	Optional<OrderView> viewAccessible(String reference, Caller caller, String accessToken) {
		return findAccessibleRecord(reference, caller, accessToken).map(OrderRecord::view);
	}

	private Optional<OrderRecord> findAccessibleRecord(String reference, Caller caller, String accessToken) {
		if (reference == null || reference.length() > 20) {
			return Optional.empty();
		}
		return this.orders.findByReference(reference).filter((order) -> maySee(order, caller, accessToken));
	}

	static boolean maySee(OrderRecord order, Caller caller, String accessToken) {
		if (caller.admin()) {
			return true;
		}
		if (order.customerId() != null && order.customerId().equals(caller.customerId())) {
			return true;
		}
		return OrderSecrets.matches(accessToken, order.accessTokenHash());
	}

	@Override
	@Transactional
	public boolean markFulfilled(long orderId) {
		return this.orders.transition(orderId, OrderStatus.PAID, OrderStatus.FULFILLED, "fulfilled_at", null);
	}

}
