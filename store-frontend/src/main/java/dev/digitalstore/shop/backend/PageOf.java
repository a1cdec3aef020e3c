package dev.digitalstore.shop.backend;

import java.util.List;

/** One page of a list the store API pages through. */
public record PageOf<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	public PageOf {
		items = (items != null) ? List.copyOf(items) : List.of();
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < this.totalPages;
	}

}
