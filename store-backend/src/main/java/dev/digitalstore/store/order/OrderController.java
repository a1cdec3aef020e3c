package dev.digitalstore.store.order;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import dev.digitalstore.store.shared.security.Caller;
import dev.digitalstore.store.shared.web.NotFoundException;
import dev.digitalstore.store.shared.web.PageView;

/** Buyers' views of their orders. */
@RestController
@Validated
@RequestMapping("/api")
class OrderController {

	private final OrderQueries orders;

	private final OrderSearch search;

	OrderController(OrderQueries orders, OrderSearch search) {
		this.orders = orders;
		this.search = search;
	}

	/** 404 whether the order does not exist or the caller may not see it. */
	@GetMapping("/orders/{reference}")
	OrderView get(@PathVariable String reference, @RequestParam(required = false) String token, Caller caller) {
		return this.orders.viewAccessible(reference, caller, token)
			.orElseThrow(() -> new NotFoundException("The order"));
	}

	@GetMapping("/me/orders")
	PageView<OrderView> mine(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, Caller caller) {
		return this.search.ofCustomer(caller.requireCustomerId(), page, size);
	}

}
