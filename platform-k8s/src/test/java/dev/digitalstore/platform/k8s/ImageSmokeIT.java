package dev.digitalstore.platform.k8s;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.digitalstore.localpostgres.ConnectionSettings;
import dev.digitalstore.localpostgres.EmbeddedPostgresServer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The images themselves, without Docker (profile image-smoke, run by .ci/run): each app's
 * image tar from Jib, unpacked and started through its own entrypoint as its own user, on
 * a read-only root filesystem, against a real PostgreSQL. The JVM is told the memory
 * limit of the manifests (1 GiB) with -XX:MaxRAM, as the container's cgroup would.
 */
class ImageSmokeIT {

	private static final System.Logger log = System.getLogger(ImageSmokeIT.class.getName());

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static final Duration STARTUP_DEADLINE = Duration.ofMinutes(3);

	private static EmbeddedPostgresServer postgres;

	@BeforeAll
	static void startPostgres() {
		assertThat(ContainerImage.run(List.of("id", "-u")).trim())
			.as("the smoke test runs as root (namespaces, chroot)")
			.isEqualTo("0");
		long started = System.nanoTime();
		postgres = EmbeddedPostgresServer.start(null, 0);
		report("embedded PostgreSQL started", started);
	}

	@AfterAll
	static void stopPostgres() {
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void backendImageRunsAsItsUserAndAnswersReadinessAgainstPostgres() throws Exception {
		long started = System.nanoTime();
		ContainerImage image = readAndCheckImage("store-backend");
		Path rootfs = image.unpack();
		report("store-backend image read and unpacked", started);

		int port = freePort();
		ConnectionSettings database = postgres.connectionSettings();
		Map<String, String> environment = Map.of("SERVER_PORT", Integer.toString(port), "SPRING_DATASOURCE_URL",
				database.jdbcUrl().replace("localhost", "127.0.0.1"), "SPRING_DATASOURCE_USERNAME", database.username(),
				"SPRING_DATASOURCE_PASSWORD", database.password(), "STORE_JWT_SECRET", randomSecret(),
				"STORE_PAYMENT_WEBHOOK_SECRET", randomSecret(), "STORE_DELIVERY_TOKEN_SECRET", randomSecret(),
				"JAVA_TOOL_OPTIONS", "-XX:MaxRAM=1g");

		try (RunningImage running = RunningImage.start(image, rootfs, environment,
				work("store-backend").resolve("container.log"))) {
			long booting = System.nanoTime();
			JsonNode readiness = awaitReady(running, port);
			report("store-backend ready", booting);

			assertThat(readiness.path("components").path("db").path("status").asString()).isEqualTo("UP");
			assertThat(get(port, "/actuator/health/liveness").statusCode()).isEqualTo(200);
			assertThat(get(port, "/api/categories").statusCode()).as("a query through Flyway's schema").isEqualTo(200);
			ProcessHandle java = running.entrypoint("java").orElseThrow();
			assertThat(RunningImage.credentials(java)).contains("Uid: 65532 65532 65532 65532")
				.contains("Gid: 65532 65532 65532 65532")
				.containsPattern("Groups:\\s*\n");
			assertThat(RunningImage.commandLine(java)).containsAll(image.entrypoint());
			// 75 % of the 1 GiB the JVM was given: MaxRAMPercentage is in effect.
			assertThat(maxHeapBytes(get(port, "/actuator/prometheus").body())).isEqualTo(805306368L);

			long stopping = System.nanoTime();
			assertThat(running.stop(java, Duration.ofSeconds(45))).as("exit code after SIGTERM").contains(143);
			report("store-backend stopped", stopping);
			assertThat(running.log()).contains("Graceful shutdown complete");
		}
		finally {
			image.delete();
		}
		report("store-backend smoke test", started);
	}

	private static ContainerImage readAndCheckImage(String app) {
		Path tar = Platform.sourceDir().resolveSibling(app).resolve("target/jib-image.tar");
		ContainerImage image = ContainerImage.read(tar, work(app));
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

	private static JsonNode awaitReady(RunningImage running, int port) throws InterruptedException {
		long deadline = System.nanoTime() + STARTUP_DEADLINE.toNanos();
		while (System.nanoTime() < deadline) {
			if (!running.isAlive()) {
				fail("The container exited before it was ready:\n" + tail(running.log()));
			}
			try {
				HttpResponse<String> response = get(port, "/actuator/health/readiness");
				if (response.statusCode() == 200) {
					return JsonMapper.builder().build().readTree(response.body());
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(500);
		}
		return fail("Not ready within " + STARTUP_DEADLINE + ":\n" + tail(running.log()));
	}

	private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(5))
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static long maxHeapBytes(String prometheus) {
		Matcher matcher = Pattern.compile("(?m)^jvm_memory_max_bytes\\{[^}]*id=\"G1 Old Gen\"[^}]*\\} (\\S+)$")
			.matcher(prometheus);
		assertThat(matcher.find()).as("G1 old generation in the metrics").isTrue();
		return (long) Double.parseDouble(matcher.group(1));
	}

	private static Path work(String app) {
		return Platform.sourceDir().resolve("target/image-smoke/" + app);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String randomSecret() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}

	private static String tail(String text) {
		return text.substring(Math.max(0, text.length() - 6000));
	}

	private static void report(String what, long startedNanos) {
		log.log(System.Logger.Level.INFO, "{0} in {1} ms", what, (System.nanoTime() - startedNanos) / 1_000_000);
	}

}
