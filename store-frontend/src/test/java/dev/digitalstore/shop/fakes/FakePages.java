package dev.digitalstore.shop.fakes;

import java.util.List;

import dev.digitalstore.shop.backend.PageOf;

/** Pages an in-memory list the way the store API pages its lists. */
final class FakePages {

	private FakePages() {
	}

	static <T> PageOf<T> of(List<T> all, int page, int size) {
		int from = Math.min(page * size, all.size());
		int to = Math.min(from + size, all.size());
		int totalPages = (all.size() + size - 1) / size;
		return new PageOf<>(all.subList(from, to), page, size, all.size(), totalPages);
	}

}
