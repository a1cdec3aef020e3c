package dev.digitalstore.store.order;

import java.util.List;

/** One page of orders, shaped like every paged answer of the API. */
record OrderPage(List<OrderView> items, int page, int size, long totalItems, int totalPages) {

	static OrderPage of(List<OrderView> items, int page, int size, long totalItems) {
		return new OrderPage(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
	}

}
