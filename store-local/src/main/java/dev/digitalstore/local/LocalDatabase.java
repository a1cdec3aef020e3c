package dev.digitalstore.local;

import java.nio.file.Path;

import org.testcontainers.postgresql.PostgreSQLContainer;

import dev.digitalstore.localpostgres.ConnectionSettings;
import dev.digitalstore.localpostgres.EmbeddedPostgresServer;
import dev.digitalstore.localpostgres.PostgresContainers;
import dev.digitalstore.localpostgres.PostgresSource;

/**
 * The store's PostgreSQL, chosen like the tests choose theirs ({@link PostgresSource}): a
 * given server, a Testcontainers container where Docker runs, else embedded. Both apps
 * share it (the shop keeps its sessions in schema {@code shop_session}), as they share
 * one RDS instance in production.
 */
interface LocalDatabase extends AutoCloseable {

	ConnectionSettings connectionSettings();

	/** For the banner: what it is and where its data lives. */
	String description();

	@Override
	void close();

	/**
	 * Starts (or reaches) the database. A started one keeps its data in
	 * {@code dataDirectory}, so the store finds it again after a restart.
	 * @param port the embedded server's port (0: any free port)
	 */
	static LocalDatabase start(PostgresSource source, Path dataDirectory, int port) {
		return switch (source) {
			case GIVEN -> given();
			case TESTCONTAINERS -> container(dataDirectory);
			case EMBEDDED -> embedded(dataDirectory, port);
		};
	}

	private static LocalDatabase given() {
		ConnectionSettings settings = PostgresSource.givenSettings();
		return new Running(settings, "PostgreSQL at " + settings.jdbcUrl() + " (TEST_DB_URL)", () -> {
		});
	}

	private static LocalDatabase container(Path dataDirectory) {
		PostgreSQLContainer container = PostgresContainers.create(PostgresContainers.DEFAULT_IMAGE, dataDirectory);
		container.start();
		return new Running(
				new ConnectionSettings(container.getJdbcUrl(), container.getUsername(), container.getPassword()),
				"PostgreSQL in a container (" + PostgresContainers.DEFAULT_IMAGE + "), data in " + dataDirectory,
				container::stop);
	}

	private static LocalDatabase embedded(Path dataDirectory, int port) {
		// Stopped by the store after the apps, not by a shutdown hook of its own.
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, port, false);
		return new Running(server.connectionSettings(),
				"embedded PostgreSQL on port " + server.port() + ", data in " + dataDirectory, server::close);
	}

	/** A database the store reaches with these settings and stops with {@code stop}. */
	record Running(ConnectionSettings connectionSettings, String description, Runnable stop) implements LocalDatabase {

		@Override
		public void close() {
			this.stop.run();
		}

	}

}
