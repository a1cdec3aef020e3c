package dev.digitalstore.store.payment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Payments and handled webhook events. */
@Repository
class PaymentRepository {

	private static final String COLUMNS = "id, order_id, provider, provider_payment_id, status, amount_minor, currency";

	private final JdbcClient jdbc;

	PaymentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a payment unless the order already has one (a faster webhook recorded it).
	 */
	void insert(long orderId, String provider, String providerPaymentId, PaymentStatus status, long amountMinor,
			String currency, String declineCode, String declineMessage) {
		this.jdbc.sql("""
				insert into payment (order_id, provider, provider_payment_id, status, amount_minor, currency,
				    decline_code, decline_message)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict do nothing
				""")
			.params(orderId, provider, providerPaymentId, status.name(), amountMinor, currency, declineCode,
					declineMessage)
			.update();
	}

	/**
	 * Locks the payment; waits for a concurrent webhook or reconciliation to finish with
	 * it.
	 */
	Optional<Payment> lockByProviderId(String providerPaymentId) {
		return this.jdbc.sql("select " + COLUMNS + " from payment where provider_payment_id = ? for update")
			.param(providerPaymentId)
			.query(PaymentRepository::payment)
			.optional();
	}

	/** Locks the payment unless another replica is already on it. */
	Optional<Payment> lockIfFree(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from payment where id = ? for update skip locked")
			.param(id)
			.query(PaymentRepository::payment)
			.optional();
	}

	Optional<Payment> lockByOrder(long orderId) {
		return this.jdbc.sql("select " + COLUMNS + " from payment where order_id = ? for update")
			.param(orderId)
			.query(PaymentRepository::payment)
			.optional();
	}

	List<Long> processingCreatedBefore(Instant cutoff, int limit) {
		return this.jdbc.sql("""
				select id from payment where status = 'PROCESSING' and created_at < ? order by created_at limit ?
				""").params(Timestamp.from(cutoff), limit).query(Long.class).list();
	}

	boolean transition(long id, PaymentStatus from, PaymentStatus to, String declineCode, String declineMessage) {
		return this.jdbc.sql("""
				update payment set status = ?, decline_code = coalesce(?, decline_code),
				    decline_message = coalesce(?, decline_message), updated_at = now()
				where id = ? and status = ?
				""").params(to.name(), declineCode, declineMessage, id, from.name()).update() == 1;
	}

	/** False when the event was handled before: webhooks are delivered at least once. */
	boolean recordEvent(String eventId, String type) {
		return this.jdbc.sql("insert into payment_webhook_event (event_id, type) values (?, ?) on conflict do nothing")
			.params(eventId, type)
			.update() == 1;
	}

	private static Payment payment(ResultSet rs, int row) throws SQLException {
		return new Payment(rs.getLong("id"), rs.getLong("order_id"), rs.getString("provider"),
				rs.getString("provider_payment_id"), PaymentStatus.valueOf(rs.getString("status")),
				rs.getLong("amount_minor"), rs.getString("currency"));
	}

	record Payment(long id, long orderId, String provider, String providerPaymentId, PaymentStatus status,
			long amountMinor, String currency) {

	}

	enum PaymentStatus {

		PROCESSING, SUCCEEDED, DECLINED, REFUNDED

	}

}
