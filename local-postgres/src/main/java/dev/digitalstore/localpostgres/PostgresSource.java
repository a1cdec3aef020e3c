package dev.digitalstore.localpostgres;

import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where a real PostgreSQL comes from. Chosen once, in this order: a server given by
 * {@code TEST_DB_URL}; a Testcontainers container when a Docker engine answers; otherwise
 * an embedded PostgreSQL started from the binaries on the classpath.
 * {@code LOCAL_POSTGRES=given|testcontainers|embedded} forces a choice.
 */
public enum PostgresSource {

	GIVEN, TESTCONTAINERS, EMBEDDED;

	public static final String URL_VARIABLE = "TEST_DB_URL";

	public static final String USERNAME_VARIABLE = "TEST_DB_USERNAME";

	public static final String PASSWORD_VARIABLE = "TEST_DB_PASSWORD";

	public static final String FORCE_VARIABLE = "LOCAL_POSTGRES";

	private static volatile PostgresSource chosen;

	/**
	 * The choice for this JVM, made once from the process environment and system
	 * properties.
	 */
	public static PostgresSource current() {
		PostgresSource result = chosen;
		if (result == null) {
			synchronized (PostgresSource.class) {
				if (chosen == null) {
					chosen = choose(PostgresSource::lookup, DockerProbe::dockerAvailable);
				}
				result = chosen;
			}
		}
		return result;
	}

	static PostgresSource choose(Function<String, String> settings, Supplier<Boolean> dockerAvailable) {
		String forced = settings.apply(FORCE_VARIABLE);
		if (forced != null && !forced.isBlank()) {
			return valueOf(forced.trim().toUpperCase(Locale.ROOT));
		}
		String url = settings.apply(URL_VARIABLE);
		if (url != null && !url.isBlank()) {
			return GIVEN;
		}
		return dockerAvailable.get() ? TESTCONTAINERS : EMBEDDED;
	}

	/**
	 * The server given by {@code TEST_DB_URL}, {@code TEST_DB_USERNAME} and
	 * {@code TEST_DB_PASSWORD}.
	 */
	public static ConnectionSettings givenSettings() {
		return new ConnectionSettings(lookup(URL_VARIABLE), lookup(USERNAME_VARIABLE), lookup(PASSWORD_VARIABLE));
	}

	/**
	 * System properties win over environment variables so a single build can override the
	 * machine.
	 */
	static String lookup(String name) {
		String value = System.getProperty(name);
		return (value != null) ? value : System.getenv(name);
	}

}
