package dev.digitalstore.shop.fakes;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import dev.digitalstore.shop.backend.PageOf;
import dev.digitalstore.shop.catalog.CatalogClient;
import dev.digitalstore.shop.catalog.Category;
import dev.digitalstore.shop.catalog.ProductDetail;
import dev.digitalstore.shop.catalog.ProductQuery;
import dev.digitalstore.shop.catalog.ProductSummary;

/**
 * The public catalog over {@link FakeBackend}'s products: search, filters, sort, pages.
 */
public class FakeCatalogClient implements CatalogClient {

	private final FakeBackend backend;

	public FakeCatalogClient(FakeBackend backend) {
		this.backend = backend;
	}

	@Override
	public List<Category> categories() {
		this.backend.check();
		return this.backend.categories();
	}

	@Override
	public PageOf<ProductSummary> search(ProductQuery query) {
		this.backend.check();
		Stream<FakeBackend.FakeProduct> found = this.backend.activeProducts().stream();
		if (query.q() != null) {
			String q = query.q().toLowerCase(Locale.ROOT);
			found = found.filter((p) -> p.title.toLowerCase(Locale.ROOT).contains(q) || p.tags.contains(q));
		}
		if (query.category() != null) {
			found = found.filter((p) -> p.categorySlug.equals(query.category()));
		}
		if (query.minPrice() != null) {
			found = found.filter((p) -> p.price.amountMinor() >= query.minPrice());
		}
		if (query.maxPrice() != null) {
			found = found.filter((p) -> p.price.amountMinor() <= query.maxPrice());
		}
		if (query.featuredOnly()) {
			found = found.filter((p) -> p.featured);
		}
		Comparator<FakeBackend.FakeProduct> order = switch (query.sort()) {
			case PRICE_ASC -> Comparator.comparingLong((FakeBackend.FakeProduct p) -> p.price.amountMinor());
			case PRICE_DESC -> Comparator.comparingLong((FakeBackend.FakeProduct p) -> -p.price.amountMinor());
			case NEWEST -> Comparator.comparing((FakeBackend.FakeProduct p) -> p.createdAt).reversed();
			case RELEVANCE -> Comparator.comparingLong((FakeBackend.FakeProduct p) -> p.id);
		};
		List<ProductSummary> all = found.sorted(order).map(FakeBackend.FakeProduct::summary).toList();
		return FakePages.of(all, query.page(), query.size());
	}

	@Override
	public Optional<ProductDetail> product(String slug) {
		this.backend.check();
		return this.backend.activeProducts()
			.stream()
			.filter((p) -> p.slug.equals(slug))
			.findFirst()
			.map(FakeBackend.FakeProduct::detail);
	}

	@Override
	public boolean cover(String slug, ImageTarget target) {
		this.backend.check();
		Optional<FakeBackend.FakeProduct> product = this.backend.activeProducts()
			.stream()
			.filter((p) -> p.slug.equals(slug) && p.cover != null)
			.findFirst();
		product.ifPresent((p) -> {
			try {
				target.write("image/png", new ByteArrayInputStream(p.cover));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return product.isPresent();
	}

}
