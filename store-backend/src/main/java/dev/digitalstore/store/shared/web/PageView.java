package dev.digitalstore.store.shared.web;

import java.util.List;

/** One page of results and where it sits in the whole. */
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

	public static <T> PageView<T> of(List<T> items, int page, int size, long totalItems) {
		int totalPages = (int) ((totalItems + size - 1) / size);
		return new PageView<>(items, page, size, totalItems, totalPages);
	}

}
