package dev.digitalstore.store.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import dev.digitalstore.store.assets.AssetStorage;
import dev.digitalstore.store.shared.StoreProperties;

/**
 * Loads the demo catalog for local runs ({@code store.demo-catalog.enabled=true}, never
 * in production): 44 products with real files, covers and licence-key pools. Seed data
 * written straight to the tables, like a migration; products already present (by slug)
 * are left alone, so restarts keep the data people changed.
 */
@Component
@ConditionalOnBooleanProperty("store.demo-catalog.enabled")
class DemoCatalogLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCatalogLoader.class);

	static final int KEYS_PER_PRODUCT = 25;

	private static final String KEY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final JdbcClient jdbc;

	private final AssetStorage assets;

	private final TransactionTemplate transaction;

	private final StoreProperties store;

	private final SecureRandom random = new SecureRandom();

	DemoCatalogLoader(JdbcClient jdbc, AssetStorage assets, TransactionTemplate transaction, StoreProperties store) {
		this.jdbc = jdbc;
		this.assets = assets;
		this.transaction = transaction;
		this.store = store;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		int added = 0;
		for (int i = 0; i < DemoCatalog.PRODUCTS.size(); i++) {
			if (load(DemoCatalog.PRODUCTS.get(i), i)) {
				added++;
			}
		}
		log.info("Demo catalog: {} products added, {} already present", added, DemoCatalog.PRODUCTS.size() - added);
	}

	private boolean load(DemoProduct product, int seed) throws IOException {
		boolean exists = this.jdbc.sql("select exists(select 1 from product where slug = ?)")
			.param(product.slug())
			.query(Boolean.class)
			.single();
		if (exists) {
			return false;
		}
		byte[] cover = DemoFiles.coverPng(product.title(), product.category(), seed);
		String coverKey = "demo/" + product.slug() + "/cover.png";
		this.assets.store(coverKey, new ByteArrayInputStream(cover), cover.length, "image/png");
		DemoFile file = product.kind().equals("LICENCE_KEY") ? null : file(product, seed);
		if (file != null) {
			this.assets.store(file.key(), new ByteArrayInputStream(file.bytes()), file.bytes().length,
					file.contentType());
		}
		this.transaction.executeWithoutResult((status) -> insert(product, coverKey, file));
		return true;
	}

	private void insert(DemoProduct product, String coverKey, DemoFile file) {
		long id = this.jdbc.sql("""
				insert into product (slug, title, description, price_minor, currency, category_id, tags, kind, featured,
				    cover_key, cover_content_type, file_key, file_name, file_size, file_content_type)
				select :slug, :title, :description, :price, :currency, c.id, :tags, :kind, :featured, :coverKey,
				    'image/png', :fileKey, :fileName, :fileSize, :fileType
				from category c where c.slug = :category
				returning id""")
			.param("slug", product.slug())
			.param("title", product.title())
			.param("description", product.description())
			.param("price", product.priceMinor())
			.param("currency", this.store.currency())
			.param("tags", product.tags().toArray(String[]::new))
			.param("kind", product.kind())
			.param("featured", product.featured())
			.param("coverKey", coverKey)
			.param("fileKey", (file != null) ? file.key() : null)
			.param("fileName", (file != null) ? file.name() : null)
			.param("fileSize", (file != null) ? (long) file.bytes().length : null)
			.param("fileType", (file != null) ? file.contentType() : null)
			.param("category", product.category())
			.query(Long.class)
			.single();
		if (!product.kind().equals("DOWNLOAD")) {
			for (int i = 0; i < KEYS_PER_PRODUCT; i++) {
				this.jdbc.sql("insert into licence_key (product_id, key_value) values (?, ?)")
					.params(id, licenceKey())
					.update();
			}
		}
	}

	private static DemoFile file(DemoProduct product, int seed) {
		String base = "demo/" + product.slug() + "/";
		return switch (product.category()) {
			case "ebooks" -> new DemoFile(base + "book.epub", product.slug() + ".epub", "application/epub+zip",
					DemoFiles.epub(product.title(), product.description()));
			case "music" -> new DemoFile(base + "track.wav", product.slug() + ".wav", "audio/wav", DemoFiles.wav(seed));
			case "courses" -> new DemoFile(base + "course.pdf", product.slug() + ".pdf", "application/pdf",
					DemoFiles.pdf(product.title(), product.description()));
			default -> new DemoFile(base + "setup.zip", product.slug() + ".zip", "application/zip",
					DemoFiles.zip(product.title(), product.description()));
		};
	}

	private String licenceKey() {
		StringBuilder key = new StringBuilder();
		for (int group = 0; group < 4; group++) {
			if (group > 0) {
				key.append('-');
			}
			for (int i = 0; i < 5; i++) {
				key.append(KEY_ALPHABET.charAt(this.random.nextInt(KEY_ALPHABET.length())));
			}
		}
		return key.toString().toUpperCase(Locale.ROOT);
	}

	private record DemoFile(String key, String name, String contentType, byte[] bytes) {
	}

}
