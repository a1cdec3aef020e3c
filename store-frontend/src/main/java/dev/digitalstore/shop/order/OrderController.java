package dev.digitalstore.shop.order;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.digitalstore.shop.account.Shopper;
import dev.digitalstore.shop.backend.BackendProblemException;

/**
 * An order's page: the confirmation after checkout and the page the e-mailed link opens
 * ({@code /orders/{reference}?token=...}). It refreshes itself until the order is
 * delivered, then shows the download buttons and licence keys.
 */
@Controller
class OrderController {

	/** Seconds between refreshes while payment or delivery is pending. */
	static final int REFRESH_SECONDS = 2;

	private final OrderClient orders;

	private final GuestOrderTokens guestOrderTokens;

	OrderController(OrderClient orders, GuestOrderTokens guestOrderTokens) {
		this.orders = orders;
		this.guestOrderTokens = guestOrderTokens;
	}

	@GetMapping("/orders/{reference}")
	String order(@PathVariable String reference, @RequestParam(required = false) String token, Shopper shopper,
			HttpServletRequest request, Model model) {
		OrderClient.OrderAccess access = access(reference, token, shopper, request);
		Order order = this.orders.order(reference, access);
		Delivery delivery = (order.status() == OrderStatus.FULFILLED || order.status().awaitingDelivery())
				? this.orders.delivery(reference, access) : new Delivery(order.status(), null, null);
		model.addAttribute("order", order);
		model.addAttribute("delivery", delivery);
		model.addAttribute("refreshSeconds", order.status().awaitingDelivery() ? REFRESH_SECONDS : 0);
		return "order";
	}

	private OrderClient.OrderAccess access(String reference, String token, Shopper shopper,
			HttpServletRequest request) {
		if (token != null && !token.isBlank()) {
			return OrderClient.OrderAccess.guest(token);
		}
		Optional<String> remembered = this.guestOrderTokens.find(request, reference);
		if (remembered.isPresent()) {
			return OrderClient.OrderAccess.guest(remembered.get());
		}
		if (shopper.signedIn()) {
			return OrderClient.OrderAccess.bearer(shopper.accessToken());
		}
		// Neither the owner nor the link: the same answer as an unknown order.
		throw BackendProblemException.NotFound.of("No such order: " + reference);
	}

}
