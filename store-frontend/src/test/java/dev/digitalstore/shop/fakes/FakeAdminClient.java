package dev.digitalstore.shop.fakes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import dev.digitalstore.shop.account.Me;
import dev.digitalstore.shop.admin.AdminClient;
import dev.digitalstore.shop.admin.AdminProduct;
import dev.digitalstore.shop.admin.KeyImport;
import dev.digitalstore.shop.admin.ProductCommand;
import dev.digitalstore.shop.admin.SalesStats;
import dev.digitalstore.shop.admin.Upload;
import dev.digitalstore.shop.backend.BackendProblem;
import dev.digitalstore.shop.backend.BackendProblemException;
import dev.digitalstore.shop.backend.Money;
import dev.digitalstore.shop.backend.PageOf;
import dev.digitalstore.shop.catalog.ProductSummary;
import dev.digitalstore.shop.order.Order;
import dev.digitalstore.shop.order.OrderStatus;

/**
 * The admin API over the fake store; records what admins created so tests can check it.
 */
public class FakeAdminClient implements AdminClient {

	private final FakeBackend backend;

	private final FakeOrderBook orders;

	private final List<ProductCommand> created = new CopyOnWriteArrayList<>();

	private final List<String> uploads = new CopyOnWriteArrayList<>();

	public FakeAdminClient(FakeBackend backend, FakeOrderBook orders) {
		this.backend = backend;
		this.orders = orders;
	}

	/** The products admins created, in order. */
	public List<ProductCommand> created() {
		return List.copyOf(this.created);
	}

	/**
	 * "file:<name>" or "cover:<name>" for each upload, with the number of bytes received.
	 */
	public List<String> uploads() {
		return List.copyOf(this.uploads);
	}

	@Override
	public PageOf<AdminProduct> products(String accessToken, String q, int page, int size) {
		admin(accessToken);
		String query = (q != null) ? q.toLowerCase(Locale.ROOT) : "";
		List<AdminProduct> found = this.backend.allProducts()
			.stream()
			.filter((p) -> p.title.toLowerCase(Locale.ROOT).contains(query) || p.slug.contains(query))
			.sorted(Comparator.comparingLong((FakeBackend.FakeProduct p) -> p.id).reversed())
			.map(this::view)
			.toList();
		return FakePages.of(found, page, size);
	}

	@Override
	public AdminProduct product(String accessToken, long id) {
		admin(accessToken);
		return view(this.backend.product(id));
	}

	@Override
	public AdminProduct create(String accessToken, ProductCommand command) {
		admin(accessToken);
		boolean taken = this.backend.allProducts().stream().anyMatch((p) -> p.slug.equals(command.slug()));
		if (taken) {
			throw new BackendProblemException.Conflict(
					new BackendProblem(null, "Slug taken", 409, "A product with this slug exists.",
							List.of(new BackendProblem.FieldError("slug", "is already used")), java.util.Map.of()));
		}
		FakeBackend.FakeProduct product = this.backend.add(command.slug(), command.title(), command.categorySlug(),
				command.kind(), command.priceMinor(), command.featured(), Instant.now());
		apply(product, command);
		this.created.add(command);
		return view(product);
	}

	@Override
	public AdminProduct update(String accessToken, long id, ProductCommand command) {
		admin(accessToken);
		FakeBackend.FakeProduct product = this.backend.product(id);
		product.slug = command.slug();
		product.title = command.title();
		product.kind = command.kind();
		product.price = Money.of(command.priceMinor(), command.currency());
		product.featured = command.featured();
		apply(product, command);
		return view(product);
	}

	private void apply(FakeBackend.FakeProduct product, ProductCommand command) {
		product.description = command.description();
		product.tags = command.tags();
		product.categorySlug = command.categorySlug();
		product.categoryName = this.backend.categoryName(command.categorySlug());
	}

	@Override
	public AdminProduct setActive(String accessToken, long id, boolean active) {
		admin(accessToken);
		FakeBackend.FakeProduct product = this.backend.product(id);
		product.active = active;
		return view(product);
	}

	@Override
	public AdminProduct uploadFile(String accessToken, long id, Upload file) {
		admin(accessToken);
		FakeBackend.FakeProduct product = this.backend.product(id);
		this.uploads.add("file:" + file.filename() + ":" + read(file).length);
		product.fileName = file.filename();
		return view(product);
	}

	@Override
	public AdminProduct uploadCover(String accessToken, long id, Upload cover) {
		admin(accessToken);
		FakeBackend.FakeProduct product = this.backend.product(id);
		product.cover = read(cover);
		this.uploads.add("cover:" + cover.filename() + ":" + product.cover.length);
		return view(product);
	}

	@Override
	public KeyImport importKeys(String accessToken, long id, String csv) {
		admin(accessToken);
		FakeBackend.FakeProduct product = this.backend.product(id);
		List<String> keys = csv.lines().map(String::trim).filter((line) -> !line.isEmpty()).toList();
		if (keys.stream().distinct().count() != keys.size()) {
			throw new BackendProblemException.Conflict(BackendProblem.of(409, "duplicate-keys", "Duplicate keys",
					"The file contains the same key twice."));
		}
		product.keysAvailable += keys.size();
		return new KeyImport(keys.size(), product.keysAvailable);
	}

	@Override
	public PageOf<Order> orders(String accessToken, String q, String status, int page, int size) {
		admin(accessToken);
		List<Order> found = this.orders.all()
			.stream()
			.map(FakeOrderBook.FakeOrder::view)
			.filter((order) -> q == null || order.reference().equalsIgnoreCase(q) || order.email().equalsIgnoreCase(q))
			.filter((order) -> status == null || order.status().name().equals(status))
			.sorted(Comparator.comparing(Order::createdAt).reversed())
			.toList();
		return FakePages.of(found, page, size);
	}

	@Override
	public Order order(String accessToken, String reference) {
		admin(accessToken);
		return this.orders.find(reference).view();
	}

	@Override
	public Order refund(String accessToken, String reference) {
		admin(accessToken);
		FakeOrderBook.FakeOrder order = this.orders.find(reference);
		order.override = OrderStatus.REFUNDED;
		return order.view();
	}

	@Override
	public SalesStats stats(String accessToken, int days) {
		admin(accessToken);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		List<SalesStats.Day> series = new ArrayList<>();
		IntStream.range(0, days).forEach((i) -> {
			long orders = (i * 7L) % 5;
			series.add(new SalesStats.Day(today.minusDays(days - 1L - i), orders,
					Money.of(orders * 1299, FakeBackend.CURRENCY)));
		});
		FakeBackend.FakeProduct top = this.backend.productBySlug("photo-studio-pro");
		return new SalesStats(series,
				List.of(new SalesStats.TopProduct(top.id, top.title, 12, Money.of(12 * 4999, FakeBackend.CURRENCY))),
				new SalesStats.Outbox(0, 0, 0), new SalesStats.Payments(1, 2));
	}

	private Me admin(String accessToken) {
		this.backend.check();
		Me me = this.backend.accounts.me(accessToken);
		if (!me.admin()) {
			throw new BackendProblemException.Forbidden(
					BackendProblem.of(403, "forbidden", "Forbidden", "Admins only"));
		}
		return me;
	}

	private AdminProduct view(FakeBackend.FakeProduct p) {
		return new AdminProduct(p.id, p.slug, p.title, p.description, p.price,
				new ProductSummary.CategoryRef(p.categorySlug, p.categoryName), p.tags, p.kind, p.featured, p.active,
				p.kind.hasLicenceKey() ? p.keysAvailable : null, p.fileName != null, p.fileName,
				(p.cover != null) ? "/api/products/" + p.slug + "/cover" : null);
	}

	private static byte[] read(Upload upload) {
		try (var in = upload.content().getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
