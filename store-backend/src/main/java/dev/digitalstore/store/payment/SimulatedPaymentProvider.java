package dev.digitalstore.store.payment;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * A provider that behaves like Stripe in test mode, for development, demos and tests:
 * test tokens decide the outcome, and accepted charges are confirmed asynchronously by a
 * signed webhook to the store itself, as a real provider would. Its state lives in this
 * process only (a restart forgets unconfirmed payments; the payment timeout then cancels
 * their orders): run a real provider with several replicas.
 */
@Component
@ConditionalOnProperty(name = "store.payment.provider", havingValue = SimulatedPaymentProvider.NAME,
		matchIfMissing = true)
class SimulatedPaymentProvider implements PaymentProvider {

	static final String NAME = "simulated";

	static final String VISA = "tok_visa";

	static final String VISA_WEBHOOK_LOST = "tok_visaWebhookLost";

	static final String DECLINED = "tok_chargeDeclined";

	static final String INSUFFICIENT_FUNDS = "tok_chargeDeclinedInsufficientFunds";

	private static final List<TestCard> TEST_CARDS = List.of(
			new TestCard(VISA, "Visa: the payment succeeds", "succeeded"),
			new TestCard(DECLINED, "Declined card (card_declined)", "declined"),
			new TestCard(INSUFFICIENT_FUNDS, "Declined for insufficient funds (insufficient_funds)", "declined"),
			new TestCard(VISA_WEBHOOK_LOST,
					"Succeeds, but the confirmation webhook is lost: the reconciliation job completes the order",
					"succeeded"));

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Map<String, Charge> charges = new ConcurrentHashMap<>();

	private final Map<String, ChargeResult> byIdempotencyKey = new ConcurrentHashMap<>();

	private final SimulatedWebhookSender webhooks;

	private final Clock clock = Clock.systemUTC();

	SimulatedPaymentProvider(SimulatedWebhookSender webhooks) {
		this.webhooks = webhooks;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public ChargeResult charge(ChargeRequest request) {
		return this.byIdempotencyKey.computeIfAbsent(request.idempotencyKey(), (key) -> newCharge(request));
	}

	private ChargeResult newCharge(ChargeRequest request) {
		String id = "pi_sim_" + HexFormat.of().formatHex(randomBytes());
		return switch (request.paymentToken()) {
			case VISA, VISA_WEBHOOK_LOST -> {
				Charge charge = new Charge(request, ProviderPaymentStatus.PROCESSING);
				this.charges.put(id, charge);
				this.webhooks.confirmLater(() -> confirm(id, !VISA_WEBHOOK_LOST.equals(request.paymentToken())));
				yield new ChargeResult.Accepted(id);
			}
			case DECLINED -> new ChargeResult.Declined(id, "card_declined", "Your card was declined.");
			case INSUFFICIENT_FUNDS ->
				new ChargeResult.Declined(id, "insufficient_funds", "Your card has insufficient funds.");
			default -> throw new InvalidPaymentMethodException(
					"Unknown payment token. Use one of the test cards listed at /api/payments/test-cards.");
		};
	}

	private void confirm(String id, boolean sendWebhook) {
		Charge charge = this.charges.computeIfPresent(id,
				(key, current) -> (current.status() == ProviderPaymentStatus.PROCESSING)
						? new Charge(current.request(), ProviderPaymentStatus.SUCCEEDED) : current);
		if (sendWebhook && charge != null) {
			ChargeRequest request = charge.request();
			this.webhooks.send(Map.of("id", "evt_" + HexFormat.of().formatHex(randomBytes()), "type",
					WebhookEvents.SUCCEEDED, "created", this.clock.instant().getEpochSecond(), "data",
					Map.of("paymentId", id, "orderReference", request.orderReference(), "amountMinor",
							request.amountMinor(), "currency", request.currency())));
		}
	}

	@Override
	public ProviderPaymentStatus retrieve(String providerPaymentId) {
		Charge charge = this.charges.get(providerPaymentId);
		return (charge != null) ? charge.status() : ProviderPaymentStatus.UNKNOWN;
	}

	@Override
	public void refund(String providerPaymentId) {
		this.charges.computeIfPresent(providerPaymentId,
				(key, current) -> new Charge(current.request(), ProviderPaymentStatus.REFUNDED));
	}

	@Override
	public List<TestCard> testCards() {
		return TEST_CARDS;
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[12];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

	private record Charge(ChargeRequest request, ProviderPaymentStatus status) {

	}

}
