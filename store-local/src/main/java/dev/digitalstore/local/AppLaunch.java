package dev.digitalstore.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.digitalstore.localpostgres.ConnectionSettings;

/**
 * What each app is started with: the same {@code java} as the launcher, the
 * {@link ParentWatch} agent, the {@code local} profile, and the environment that wires it
 * to the database, the data directory and the other app.
 */
final class AppLaunch {

	static final String BACKEND_JAR = "store-backend.jar";

	static final String SHOP_JAR = "store-frontend.jar";

	/** Built beside the launcher's jar (and its classes directory). */
	static final String AGENT_JAR = "store-local-agent.jar";

	private final LocalStoreSettings settings;

	private final ConnectionSettings database;

	AppLaunch(LocalStoreSettings settings, ConnectionSettings database) {
		this.settings = settings;
		this.database = database;
	}

	List<String> command(String jarName) {
		Path jar = this.settings.appsDirectory().resolve(jarName);
		if (!Files.isRegularFile(jar)) {
			throw new LaunchException("The apps are not built: " + jar + " is missing. Build them with "
					+ "./mvnw -DskipTests -pl store-local -am package (./run-store does).");
		}
		List<String> command = new ArrayList<>();
		command.add(javaExecutable());
		Path agent = LocalStoreSettings.launcherLocation().getParent().resolve(AGENT_JAR);
		if (Files.isRegularFile(agent)) {
			command.add("-javaagent:" + agent);
		}
		// A developer's store starts often and serves one person: start-up time matters
		// more than peak speed.
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-jar");
		command.add(jar.toString());
		return command;
	}

	Map<String, String> backendEnvironment() {
		Map<String, String> environment = common();
		environment.put("SERVER_PORT", String.valueOf(this.settings.backendPort()));
		// Links in e-mails point at the shop.
		environment.put("STORE_PUBLIC_BASE_URL", shopUrl());
		environment.put("STORE_ADMIN_EMAIL", this.settings.adminEmail());
		environment.put("STORE_ADMIN_PASSWORD", this.settings.adminPassword());
		return environment;
	}

	Map<String, String> shopEnvironment() {
		Map<String, String> environment = common();
		environment.put("SERVER_PORT", String.valueOf(this.settings.shopPort()));
		environment.put("SHOP_PORT", String.valueOf(this.settings.shopPort()));
		environment.put("SHOP_BACKEND_BASE_URL", apiUrl());
		return environment;
	}

	String shopUrl() {
		return "http://localhost:" + this.settings.shopPort();
	}

	String apiUrl() {
		return "http://localhost:" + this.settings.backendPort();
	}

	private Map<String, String> common() {
		Map<String, String> environment = new LinkedHashMap<>();
		environment.put("SPRING_PROFILES_ACTIVE", "local");
		environment.put("SPRING_DATASOURCE_URL", this.database.jdbcUrl());
		environment.put("SPRING_DATASOURCE_USERNAME", this.database.username());
		environment.put("SPRING_DATASOURCE_PASSWORD", this.database.password());
		environment.put("STORE_LOCAL_DATA", this.settings.dataDirectory().toString());
		return environment;
	}

	/**
	 * The launcher's own {@code java}, so the apps run on the JDK the developer chose.
	 */
	private static String javaExecutable() {
		return ProcessHandle.current()
			.info()
			.command()
			.orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

}
