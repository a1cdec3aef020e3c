package dev.digitalstore.store.checkout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import dev.digitalstore.store.account.AccountApi;
import dev.digitalstore.store.account.CustomerProfile;
import dev.digitalstore.store.cart.CartApi;
import dev.digitalstore.store.cart.CheckoutCart;
import dev.digitalstore.store.catalog.CatalogApi;
import dev.digitalstore.store.catalog.ProductOffer;
import dev.digitalstore.store.licensing.InsufficientKeysException;
import dev.digitalstore.store.licensing.LicenceKeyApi;
import dev.digitalstore.store.order.NewOrder;
import dev.digitalstore.store.order.OrderLifecycle;
import dev.digitalstore.store.order.OrderSummary;
import dev.digitalstore.store.order.PlacedOrder;
import dev.digitalstore.store.payment.ChargeResult;
import dev.digitalstore.store.payment.InvalidPaymentMethodException;
import dev.digitalstore.store.payment.PaymentApi;
import dev.digitalstore.store.shared.StoreProperties;
import dev.digitalstore.store.shared.security.Caller;
import dev.digitalstore.store.shared.web.NotFoundException;

/**
 * Turns a cart into an order and charges it. First, in one transaction: lock the cart,
 * re-price it from the catalog, create the order with its price snapshot and reserve its
 * licence keys; any refusal rolls all of it back, before any money moves. Then, outside
 * any transaction, the provider is charged: a decline cancels the order and keeps the
 * cart; an accepted charge closes the cart and waits for the provider's confirmation.
 */
@Service
class CheckoutService {

	private static final Logger log = LoggerFactory.getLogger(CheckoutService.class);

	private final CartApi carts;

	private final CatalogApi catalog;

	private final OrderLifecycle orders;

	private final LicenceKeyApi licenceKeys;

	private final PaymentApi payments;

	private final AccountApi accounts;

	private final CheckoutResponses responses;

	private final TransactionTemplate transaction;

	private final MeterRegistry meters;

	private final String currency;

	CheckoutService(CartApi carts, CatalogApi catalog, OrderLifecycle orders, LicenceKeyApi licenceKeys,
			PaymentApi payments, AccountApi accounts, CheckoutResponses responses, TransactionTemplate transaction,
			MeterRegistry meters, StoreProperties properties) {
		this.carts = carts;
		this.catalog = catalog;
		this.orders = orders;
		this.licenceKeys = licenceKeys;
		this.payments = payments;
		this.accounts = accounts;
		this.responses = responses;
		this.transaction = transaction;
		this.meters = meters;
		this.currency = properties.currency();
	}

	StoredResponse checkout(CheckoutRequest request, Caller caller) {
		Timer.Sample sample = Timer.start(this.meters);
		String outcome = "error";
		try {
			String email = email(request, caller);
			PlacedOrder placement = this.transaction.execute((status) -> place(request, caller, email));
			OrderSummary order = placement.order();
			StoredResponse response;
			if (order.totalMinor() == 0) {
				// Nothing to charge (free products): paid at once, no payment.
				this.orders.markPaid(order.id());
				response = accepted(request, placement);
			}
			else {
				ChargeResult result = charge(request, order);
				response = (result instanceof ChargeResult.Declined declined)
						? this.responses.declined(order.reference(), declined) : accepted(request, placement);
			}
			outcome = (response.status() == 201) ? "created" : "declined";
			return response;
		}
		catch (InsufficientKeysException ex) {
			outcome = "out_of_stock";
			this.orders.refused("out_of_stock");
			throw ex;
		}
		finally {
			sample.stop(Timer.builder("store.checkout")
				.description("Checkouts from request to the provider's answer")
				.tag("outcome", outcome)
				.register(this.meters));
		}
	}

	private String email(CheckoutRequest request, Caller caller) {
		if (request.email() != null && !request.email().isBlank()) {
			return request.email().trim();
		}
		return caller.customer()
			.flatMap(this.accounts::find)
			.map(CustomerProfile::email)
			.orElseThrow(CheckoutProblems::emailRequired);
	}

	private PlacedOrder place(CheckoutRequest request, Caller caller, String email) {
		CheckoutCart cart = this.carts.lockForCheckout(request.cartId(), caller)
			.orElseThrow(() -> new NotFoundException("The cart"));
		if (cart.lines().isEmpty()) {
			throw CheckoutProblems.emptyCart();
		}
		Map<Long, ProductOffer> offers = this.catalog
			.offers(cart.lines().stream().map(CheckoutCart.Line::productId).toList());
		List<NewOrder.Line> lines = new ArrayList<>();
		List<Long> unavailable = new ArrayList<>();
		List<Long> otherCurrency = new ArrayList<>();
		for (CheckoutCart.Line line : cart.lines()) {
			ProductOffer offer = offers.get(line.productId());
			if (offer == null || !offer.active()) {
				unavailable.add(line.productId());
			}
			else if (!this.currency.equals(offer.currency())) {
				otherCurrency.add(line.productId());
			}
			else {
				lines.add(new NewOrder.Line(offer.id(), offer.slug(), offer.title(), offer.kind(), offer.priceMinor(),
						line.quantity()));
			}
		}
		if (!unavailable.isEmpty()) {
			throw CheckoutProblems.unavailable(unavailable);
		}
		if (!otherCurrency.isEmpty()) {
			throw CheckoutProblems.currencyMismatch(this.currency, otherCurrency);
		}
		PlacedOrder placed = this.orders
			.place(new NewOrder(caller.customerId(), email, request.billingCountry(), this.currency, cart.id(), lines));
		this.licenceKeys.reserve(placed.order().id(),
				placed.order()
					.lines()
					.stream()
					.filter((line) -> line.kind().hasLicenceKey())
					.map((line) -> new LicenceKeyApi.KeyReservation(line.id(), line.productId(), line.quantity()))
					.toList());
		// The response shows the order as placed, whatever a fast webhook does next.
		return placed;
	}

	private ChargeResult charge(CheckoutRequest request, OrderSummary order) {
		try {
			return this.payments.charge(new PaymentApi.OrderCharge(order.id(), order.reference(), order.totalMinor(),
					order.currency(), request.paymentToken()));
		}
		catch (InvalidPaymentMethodException ex) {
			this.orders.cancel(order.id(), "invalid-payment-method");
			throw ex;
		}
		catch (RuntimeException ex) {
			log.error("Charging order {} failed", order.reference(), ex);
			this.orders.cancel(order.id(), "payment-error");
			throw CheckoutProblems.paymentUnavailable();
		}
	}

	private StoredResponse accepted(CheckoutRequest request, PlacedOrder placement) {
		this.carts.markCheckedOut(request.cartId());
		return this.responses.created(placement.view());
	}

}
