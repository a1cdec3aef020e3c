package dev.digitalstore.shop.fakes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import dev.digitalstore.shop.backend.BackendProblemException;
import dev.digitalstore.shop.backend.BackendUnavailableException;
import dev.digitalstore.shop.backend.Money;
import dev.digitalstore.shop.catalog.Category;
import dev.digitalstore.shop.catalog.ProductDetail;
import dev.digitalstore.shop.catalog.ProductKind;
import dev.digitalstore.shop.catalog.ProductSummary;

/**
 * The in-memory store behind the fake clients: a small catalog, accounts and tokens. It
 * follows docs/api.md closely enough for the pages to be tested without the real API.
 * Tests add their own data (unique slugs, e-mails) and may switch on an outage.
 */
public class FakeBackend {

	public static final String CURRENCY = "EUR";

	public static final String ADMIN_EMAIL = "admin@digital-store.test";

	public static final String ADMIN_PASSWORD = "admin-password";

	private final AtomicLong ids = new AtomicLong(100);

	private final AtomicBoolean outage = new AtomicBoolean();

	private final Map<String, Category> categories = new LinkedHashMap<>();

	private final Map<Long, FakeProduct> products = Collections.synchronizedMap(new LinkedHashMap<>());

	final FakeAccounts accounts = new FakeAccounts(this.ids);

	public FakeBackend() {
		category("ebooks", "E-books", "Livres numériques");
		category("software", "Software", "Logiciels");
		category("music", "Music", "Musique");
		Instant start = Instant.parse("2026-01-01T00:00:00Z");
		String[][] seed = { { "kotlin-in-depth", "Kotlin in Depth", "ebooks", "DOWNLOAD", "1299", "true" },
				{ "photo-studio-pro", "Photo Studio Pro", "software", "DOWNLOAD_AND_KEY", "4999", "true" },
				{ "night-drive", "Night Drive", "music", "DOWNLOAD", "899", "false" },
				{ "shield-antivirus", "Shield Antivirus 2026", "software", "LICENCE_KEY", "2999", "false" },
				{ "sql-cookbook", "The SQL Cookbook", "ebooks", "DOWNLOAD", "2450", "false" },
				{ "lofi-beats", "Lo-fi Beats to Code To", "music", "DOWNLOAD", "599", "true" } };
		for (int i = 0; i < seed.length; i++) {
			String[] row = seed[i];
			add(row[0], row[1], row[2], ProductKind.valueOf(row[3]), Long.parseLong(row[4]),
					Boolean.parseBoolean(row[5]), start.plusSeconds(86_400L * i));
		}
		for (int i = 1; i <= 10; i++) {
			add("field-notes-" + i, "Field Notes Volume " + i, "ebooks", ProductKind.DOWNLOAD, 300 + i, false,
					start.minusSeconds(86_400L * i));
		}
		this.accounts.add(ADMIN_EMAIL, ADMIN_PASSWORD, "Ada Admin", List.of("CUSTOMER", "ADMIN"));
	}

	private void category(String slug, String name, String nameFr) {
		this.categories.put(slug, new Category(slug, name, nameFr, 0));
	}

	public FakeProduct add(String slug, String title, String categorySlug, ProductKind kind, long priceMinor,
			boolean featured, Instant createdAt) {
		FakeProduct product = new FakeProduct(this.ids.incrementAndGet(), slug, title, categorySlug,
				this.categories.get(categorySlug).name(), kind, Money.of(priceMinor, CURRENCY), featured, createdAt);
		this.products.put(product.id, product);
		return product;
	}

	/** While on, every call fails like an unreachable API. */
	public void outage(boolean on) {
		this.outage.set(on);
	}

	void check() {
		if (this.outage.get()) {
			throw new BackendUnavailableException("Simulated outage", null);
		}
	}

	List<Category> categories() {
		return this.categories.values()
			.stream()
			.map((category) -> new Category(category.slug(), category.name(), category.nameFr(),
					activeProducts().stream().filter((p) -> p.categorySlug.equals(category.slug())).count()))
			.toList();
	}

	List<FakeProduct> activeProducts() {
		synchronized (this.products) {
			return this.products.values().stream().filter((product) -> product.active).toList();
		}
	}

	List<FakeProduct> allProducts() {
		synchronized (this.products) {
			return new ArrayList<>(this.products.values());
		}
	}

	public FakeProduct product(long id) {
		FakeProduct product = this.products.get(id);
		if (product == null) {
			throw notFound("No product " + id);
		}
		return product;
	}

	public FakeProduct productBySlug(String slug) {
		return allProducts().stream()
			.filter((product) -> product.slug.equals(slug))
			.findFirst()
			.orElseThrow(() -> notFound("No product " + slug));
	}

	String categoryName(String slug) {
		Category category = this.categories.get(slug);
		return (category != null) ? category.name() : null;
	}

	public FakeAccounts accounts() {
		return this.accounts;
	}

	long nextId() {
		return this.ids.incrementAndGet();
	}

	static BackendProblemException.NotFound notFound(String detail) {
		return BackendProblemException.NotFound.of(detail);
	}

	/** A product as the fake keeps it; tests may read and change it. */
	public static final class FakeProduct {

		public final long id;

		public volatile String slug;

		public volatile String title;

		public volatile String categorySlug;

		volatile String categoryName;

		public volatile ProductKind kind;

		public volatile Money price;

		public volatile boolean featured;

		public volatile boolean active = true;

		public volatile String description;

		public volatile List<String> tags = List.of();

		public volatile String fileName;

		public volatile byte[] cover;

		public volatile long keysAvailable;

		final Instant createdAt;

		FakeProduct(long id, String slug, String title, String categorySlug, String categoryName, ProductKind kind,
				Money price, boolean featured, Instant createdAt) {
			this.id = id;
			this.slug = slug;
			this.title = title;
			this.categorySlug = categorySlug;
			this.categoryName = categoryName;
			this.kind = kind;
			this.price = price;
			this.featured = featured;
			this.createdAt = createdAt;
			this.description = title + " is a fine product.\n\nIt is delivered the moment you pay.";
			this.fileName = kind.hasDownload() ? slug + ".zip" : null;
			this.keysAvailable = kind.hasLicenceKey() ? 50 : 0;
		}

		ProductSummary summary() {
			return new ProductSummary(this.id, this.slug, this.title, this.price,
					new ProductSummary.CategoryRef(this.categorySlug, this.categoryName), this.kind,
					(this.cover != null) ? "/api/products/" + this.slug + "/cover" : null, this.tags);
		}

		ProductDetail detail() {
			return new ProductDetail(this.id, this.slug, this.title, this.price,
					new ProductSummary.CategoryRef(this.categorySlug, this.categoryName), this.kind,
					(this.cover != null) ? "/api/products/" + this.slug + "/cover" : null, this.tags, this.description,
					this.fileName != null, this.fileName, (this.fileName != null) ? 2_400_000L : null, this.createdAt);
		}

	}

}
