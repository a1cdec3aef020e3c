package dev.digitalstore.store.payment;

import java.util.List;

/** What the checkout may ask the payment feature. */
public interface PaymentApi {

	/**
	 * Charges an order through the provider and records the payment. Call it outside any
	 * transaction: the provider is remote. An accepted charge is recorded PROCESSING (the
	 * webhook completes it); a declined one is recorded DECLINED and its order cancelled
	 * (licence keys released), in one transaction.
	 * @throws InvalidPaymentMethodException when the provider does not know the token
	 */
	ChargeResult charge(OrderCharge charge);

	List<TestCard> testCards();

	/** The order to charge. */
	record OrderCharge(long orderId, String orderReference, long amountMinor, String currency, String paymentToken) {

	}

}
