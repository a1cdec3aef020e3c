package dev.digitalstore.platform.k8s;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.digitalstore.localpostgres.ConnectionSettings;
import dev.digitalstore.localpostgres.EmbeddedPostgresServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The images themselves, without Docker (profile image-smoke, run by .ci/run): each app's
 * image tar from Jib, unpacked and started through its own entrypoint as its own user, on
 * a read-only root filesystem, against a real PostgreSQL, the frontend against the
 * running backend image. Each JVM is told its manifest's memory limit with -XX:MaxRAM, as
 * the container's cgroup would.
 */
// Only for speed: the frontend's test runs first, against the backend image, which the
// backend's own test then checks and stops. Either test alone starts what it needs.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImageSmokeIT {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String ADMIN_EMAIL = "smoke-admin@digital-store.test";

	private static final String ADMIN_PASSWORD = randomSecret();

	private static EmbeddedPostgresServer postgres;

	private static StartedImage backend;

	@BeforeAll
	static void startPostgres() {
		assertThat(ContainerImage.run(List.of("id", "-u")).trim())
			.as("the smoke test runs as root (namespaces, chroot)")
			.isEqualTo("0");
		long started = System.nanoTime();
		postgres = EmbeddedPostgresServer.start(null, 0);
		StartedImage.report("embedded PostgreSQL started", started);
	}

	@AfterAll
	static void stopEverything() throws InterruptedException {
		if (backend != null) {
			backend.close();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	@Order(1)
	void frontendImageServesTheShopFromTheBackendImage() throws Exception {
		long started = System.nanoTime();
		StartedImage store = backend();
		String title = "Smoke Test Field Guide " + UUID.randomUUID().toString().substring(0, 8);
		createFeaturedProduct(store, title);

		Map<String, String> environment = new HashMap<>(database());
		environment.put("SHOP_BACKEND_BASE_URL", "http://127.0.0.1:" + store.port());
		try (StartedImage shop = StartedImage.start(readAndCheckImage("store-frontend"), environment)) {
			var home = shop.get("/");
			assertThat(home.statusCode()).as("home page:\n%s", home.body()).isEqualTo(200);
			assertThat(home.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
			// The store's name and its home page, with a product only the backend knows.
			assertThat(home.body()).contains("Digital Store", "Digital goods, delivered instantly", title);
			// Behind the load balancer (X-Forwarded-Proto from an internal address):
			// HTTPS.
			assertThat(shop.get("/", "X-Forwarded-Proto", "https").headers().firstValue("Strict-Transport-Security"))
				.isPresent();
			assertRunsAsItsUserWithItsHeap(shop);
			stopsGracefully(shop);
		}
		StartedImage.report("store-frontend smoke test", started);
	}

	@Test
	@Order(2)
	void backendImageRunsAsItsUserAndAnswersReadinessAgainstPostgres() throws Exception {
		long started = System.nanoTime();
		try (StartedImage store = backend()) {
			assertThat(store.get("/api/categories").statusCode()).as("a query through Flyway's schema").isEqualTo(200);
			assertRunsAsItsUserWithItsHeap(store);
			stopsGracefully(store);
		}
		finally {
			backend = null;
		}
		StartedImage.report("store-backend smoke test", started);
	}

	/** The backend image, started once for both tests. */
	private static StartedImage backend() throws Exception {
		if (backend == null) {
			Map<String, String> environment = new HashMap<>(database());
			environment.putAll(Map.of("STORE_JWT_SECRET", randomSecret(), "STORE_PAYMENT_WEBHOOK_SECRET",
					randomSecret(), "STORE_DELIVERY_TOKEN_SECRET", randomSecret(), "STORE_ADMIN_EMAIL", ADMIN_EMAIL,
					"STORE_ADMIN_PASSWORD", ADMIN_PASSWORD));
			backend = StartedImage.start(readAndCheckImage("store-backend"), environment);
		}
		return backend;
	}

	private static Map<String, String> database() {
		ConnectionSettings database = postgres.connectionSettings();
		return Map.of("SPRING_DATASOURCE_URL", database.jdbcUrl().replace("localhost", "127.0.0.1"),
				"SPRING_DATASOURCE_USERNAME", database.username(), "SPRING_DATASOURCE_PASSWORD", database.password());
	}

	private static void createFeaturedProduct(StartedImage store, String title) throws Exception {
		var token = store.post("/api/auth/token",
				json.writeValueAsString(Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD)));
		assertThat(token.statusCode()).as("admin sign-in: %s", token.body()).isEqualTo(200);
		String accessToken = json.readTree(token.body()).path("accessToken").asString();
		Map<String, Object> product = Map.of("slug", "smoke-" + UUID.randomUUID(), "title", title, "description",
				"Created by the image smoke test.", "priceMinor", 1999, "categorySlug", "ebooks", "tags", List.of(),
				"kind", "DOWNLOAD", "featured", true);
		var created = store.post("/api/admin/products", json.writeValueAsString(product), "Authorization",
				"Bearer " + accessToken);
		assertThat(created.statusCode()).as("product created: %s", created.body()).isEqualTo(201);
	}

	private static void assertRunsAsItsUserWithItsHeap(StartedImage app) throws Exception {
		JsonNode readiness = app.readiness();
		assertThat(readiness.path("status").asString()).isEqualTo("UP");
		assertThat(readiness.path("components").path("db").path("status").asString()).isEqualTo("UP");
		assertThat(app.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
		assertThat(RunningImage.credentials(app.java())).contains("Uid: 65532 65532 65532 65532")
			.contains("Gid: 65532 65532 65532 65532")
			.containsPattern("Groups:\\s*\n");
		assertThat(RunningImage.commandLine(app.java())).containsAll(app.image().entrypoint());
		// 75 % of the manifest's limit: MaxRAMPercentage is in effect.
		assertThat(maxHeapBytes(app.get("/actuator/prometheus").body()))
			.isEqualTo(Platform.memoryLimit(app.app()) * 3 / 4);
	}

	private static void stopsGracefully(StartedImage app) throws InterruptedException {
		// Within the pods' terminationGracePeriodSeconds.
		assertThat(app.stop(Duration.ofSeconds(45))).as("exit code after SIGTERM").contains(143);
		assertThat(app.running().log()).contains("Graceful shutdown complete");
	}

	private static ContainerImage readAndCheckImage(String app) {
		long started = System.nanoTime();
		Path tar = Platform.sourceDir().resolveSibling(app).resolve("target/jib-image.tar");
		ContainerImage image = ContainerImage.read(tar, Platform.sourceDir().resolve("target/image-smoke/" + app));
		String version = System.getProperty("project.version");

		assertThat(image.reference()).endsWith("/digital-store/" + app + ":" + version);
		assertThat(image.user()).isEqualTo("65532:65532");
		assertThat(image.entrypoint()).startsWith("java")
			.contains("-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=/tmp");
		assertThat(image.labels()).containsEntry("org.opencontainers.image.version", version)
			.containsEntry("org.opencontainers.image.source", "https://github.com/digital-store/digital-store")
			.containsEntry("org.opencontainers.image.title", app);
		assertThat(image.labels().get("org.opencontainers.image.revision")).matches("[0-9a-f]{40}|unknown");
		// Dependencies below the app's classes: a code change rebuilds only the small top
		// layers.
		List<List<String>> layers = image.layerContents();
		int libraries = indexOfLayerWith(layers, "app/libs/");
		int classes = indexOfLayerWith(layers, "app/classes/");
		assertThat(libraries).isPositive().isLessThan(classes);
		StartedImage.report(app + " image read and checked", started);
		return image;
	}

	private static int indexOfLayerWith(List<List<String>> layers, String prefix) {
		for (int i = 0; i < layers.size(); i++) {
			if (layers.get(i).stream().anyMatch((path) -> path.replaceFirst("^\\./", "").startsWith(prefix))) {
				return i;
			}
		}
		return -1;
	}

	private static long maxHeapBytes(String prometheus) {
		Matcher matcher = Pattern.compile("(?m)^jvm_memory_max_bytes\\{[^}]*id=\"G1 Old Gen\"[^}]*\\} (\\S+)$")
			.matcher(prometheus);
		assertThat(matcher.find()).as("G1 old generation in the metrics").isTrue();
		return (long) Double.parseDouble(matcher.group(1));
	}

	private static String randomSecret() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

}
