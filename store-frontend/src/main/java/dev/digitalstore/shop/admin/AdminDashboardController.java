package dev.digitalstore.shop.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import dev.digitalstore.shop.account.Shopper;

/**
 * The admin's start page: sales of the last 30 days, best sellers, outbox and payments.
 */
@Controller
class AdminDashboardController {

	static final int DAYS = 30;

	private final AdminClient admin;

	AdminDashboardController(AdminClient admin) {
		this.admin = admin;
	}

	@GetMapping("/admin")
	String dashboard(Shopper shopper, Model model) {
		SalesStats stats = this.admin.stats(shopper.accessToken(), DAYS);
		model.addAttribute("stats", stats);
		model.addAttribute("chart", SalesChart.of(stats.days()));
		return "admin/dashboard";
	}

}
