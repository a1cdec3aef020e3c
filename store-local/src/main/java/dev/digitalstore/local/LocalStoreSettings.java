package dev.digitalstore.local;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;

/**
 * How a local store runs.
 *
 * @param dataDirectory what the store keeps between runs: {@code postgres/} (the embedded
 * cluster) and {@code assets/} (uploaded files)
 * @param appsDirectory where {@code store-backend.jar} and {@code store-frontend.jar} are
 * @param backendPort the API's port
 * @param shopPort the shop's port
 * @param databasePort the embedded PostgreSQL's port (0: any free port)
 * @param adminEmail the administrator the backend creates (or promotes) at start
 * @param adminPassword their password
 * @param logDirectory where the apps' output goes ({@code backend.log},
 * {@code shop.log}), or {@code null} for the terminal
 * @param startTimeout how long each app may take to become ready
 */
public record LocalStoreSettings(Path dataDirectory, Path appsDirectory, int backendPort, int shopPort,
		int databasePort, String adminEmail, String adminPassword, Path logDirectory, Duration startTimeout) {

	/** The local profile's administrator (see store-backend's application-local.yml). */
	public static final String DEFAULT_ADMIN_EMAIL = "admin@digitalstore.local";

	public static final String DEFAULT_ADMIN_PASSWORD = "local-admin-password";

	/** A first start migrates an empty database and loads the demo catalog. */
	private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

	/**
	 * The developer's store: data under {@code .local/} at the repository's root (where
	 * the backend's {@code local} profile keeps it too), the usual ports, and the
	 * overrides {@code STORE_LOCAL_DATA}, {@code STORE_LOCAL_BACKEND_PORT},
	 * {@code STORE_LOCAL_SHOP_PORT}, {@code STORE_LOCAL_DB_PORT},
	 * {@code STORE_ADMIN_EMAIL}, {@code STORE_ADMIN_PASSWORD}.
	 */
	public static LocalStoreSettings forThisMachine() {
		return fromEnvironment(System::getenv, launcherLocation());
	}

	static LocalStoreSettings fromEnvironment(Function<String, String> environment, Path launcherLocation) {
		String data = environment.apply("STORE_LOCAL_DATA");
		Path dataDirectory = (data != null && !data.isBlank()) ? Path.of(data)
				: repositoryRoot(launcherLocation).resolve(".local");
		return new LocalStoreSettings(dataDirectory.toAbsolutePath().normalize(), appsNextTo(launcherLocation),
				port(environment, "STORE_LOCAL_BACKEND_PORT", 8080), port(environment, "STORE_LOCAL_SHOP_PORT", 8081),
				port(environment, "STORE_LOCAL_DB_PORT", 15432),
				orDefault(environment.apply("STORE_ADMIN_EMAIL"), DEFAULT_ADMIN_EMAIL),
				orDefault(environment.apply("STORE_ADMIN_PASSWORD"), DEFAULT_ADMIN_PASSWORD), null, START_TIMEOUT);
	}

	/**
	 * A store of its own beside anything else running (tests): data in {@code directory},
	 * free ports, the apps' output in {@code directory/logs}.
	 */
	public static LocalStoreSettings isolated(Path directory, Path appsDirectory, String adminEmail,
			String adminPassword) {
		return new LocalStoreSettings(directory.toAbsolutePath(), appsDirectory.toAbsolutePath(), Ports.free(),
				Ports.free(), 0, adminEmail, adminPassword, directory.toAbsolutePath().resolve("logs"), START_TIMEOUT);
	}

	/** The jar (or classes directory) the launcher runs from. */
	static Path launcherLocation() {
		try {
			return Path.of(LocalStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * {@code target/apps} beside {@code target/store-local.jar} or
	 * {@code target/classes}.
	 */
	static Path appsNextTo(Path launcherLocation) {
		return launcherLocation.toAbsolutePath().getParent().resolve("apps");
	}

	/** The checkout the launcher was built in, else the working directory. */
	static Path repositoryRoot(Path launcherLocation) {
		for (Path candidate = launcherLocation.toAbsolutePath(); candidate != null; candidate = candidate.getParent()) {
			if (Files.exists(candidate.resolve("mvnw")) && Files.isDirectory(candidate.resolve("store-local"))) {
				return candidate;
			}
		}
		return Path.of("").toAbsolutePath();
	}

	private static int port(Function<String, String> environment, String variable, int defaultPort) {
		String value = environment.apply(variable);
		if (value == null || value.isBlank()) {
			return defaultPort;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new LaunchException(variable + " must be a port number, not '" + value + "'.");
		}
	}

	private static String orDefault(String value, String defaultValue) {
		return (value != null && !value.isBlank()) ? value : defaultValue;
	}

}
