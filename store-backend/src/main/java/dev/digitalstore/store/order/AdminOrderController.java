package dev.digitalstore.store.order;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.digitalstore.store.shared.web.NotFoundException;
import dev.digitalstore.store.shared.web.PageView;

/** Orders for admins (security restricts /api/admin/** to the ADMIN role). */
@RestController
@Validated
@RequestMapping("/api/admin")
class AdminOrderController {

	private final OrderSearch search;

	private final OrderRepository orders;

	private final OrderRefunds refunds;

	private final OrderStats stats;

	AdminOrderController(OrderSearch search, OrderRepository orders, OrderRefunds refunds, OrderStats stats) {
		this.search = search;
		this.orders = orders;
		this.refunds = refunds;
		this.stats = stats;
	}

	@GetMapping("/orders")
	PageView<OrderView> list(@RequestParam(required = false) String q,
			@RequestParam(required = false) OrderStatus status, @RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return this.search.search(q, status, page, size);
	}

	@GetMapping("/orders/{reference}")
	OrderView get(@PathVariable String reference) {
		return this.orders.findByReference(reference)
			.map(OrderRecord::view)
			.orElseThrow(() -> new NotFoundException("The order"));
	}

	@PostMapping("/orders/{reference}/refund")
	OrderView refund(@PathVariable String reference) {
		return this.refunds.refund(reference);
	}

	@GetMapping("/stats")
	OrderStats.Stats stats(@RequestParam(defaultValue = "30") @Min(1) @Max(366) int days) {
		return this.stats.compute(days);
	}

}
