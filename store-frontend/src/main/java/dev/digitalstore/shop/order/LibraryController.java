package dev.digitalstore.shop.order;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import dev.digitalstore.shop.account.Shopper;

/** The signed-in customer's purchases: "My library" and the order history. */
@Controller
class LibraryController {

	private static final int ORDERS_PER_PAGE = 10;

	private final OrderClient orders;

	LibraryController(OrderClient orders) {
		this.orders = orders;
	}

	@GetMapping("/account/library")
	String library(Shopper shopper, Model model) {
		model.addAttribute("items", this.orders.library(shopper.accessToken()));
		return "account/library";
	}

	@GetMapping("/account/orders")
	String orders(@RequestParam(defaultValue = "0") int page, Shopper shopper, Model model) {
		model.addAttribute("orders", this.orders.myOrders(shopper.accessToken(), Math.max(page, 0), ORDERS_PER_PAGE));
		return "account/orders";
	}

}
