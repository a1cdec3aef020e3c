package dev.digitalstore.shop.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.digitalstore.shop.account.Shopper;
import dev.digitalstore.shop.order.OrderStatus;
import dev.digitalstore.shop.web.Notice;

/** Order search, an order's details, and refunds behind a confirmation page. */
@Controller
class AdminOrderController {

	private static final int PAGE_SIZE = 20;

	private final AdminClient admin;

	AdminOrderController(AdminClient admin) {
		this.admin = admin;
	}

	@GetMapping("/admin/orders")
	String orders(@RequestParam(required = false) String q, @RequestParam(required = false) OrderStatus status,
			@RequestParam(defaultValue = "0") int page, Shopper shopper, Model model) {
		String statusName = (status != null) ? status.name() : null;
		model.addAttribute("orders",
				this.admin.orders(shopper.accessToken(), blankToNull(q), statusName, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("q", (q != null) ? q : "");
		model.addAttribute("status", statusName);
		return "admin/orders";
	}

	@GetMapping("/admin/orders/{reference}")
	String order(@PathVariable String reference, Shopper shopper, Model model) {
		model.addAttribute("order", this.admin.order(shopper.accessToken(), reference));
		model.addAttribute("confirmRefund", false);
		return "admin/order";
	}

	@GetMapping("/admin/orders/{reference}/refund")
	String confirmRefund(@PathVariable String reference, Shopper shopper, Model model) {
		model.addAttribute("order", this.admin.order(shopper.accessToken(), reference));
		model.addAttribute("confirmRefund", true);
		return "admin/order";
	}

	@PostMapping("/admin/orders/{reference}/refund")
	String refund(@PathVariable String reference, Shopper shopper, RedirectAttributes redirect) {
		this.admin.refund(shopper.accessToken(), reference);
		Notice.info(redirect, "admin.order.refunded", reference);
		return "redirect:/admin/orders/{reference}";
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

}
