package dev.digitalstore.localpostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server started from the binaries on the classpath. With a data
 * directory it keeps its data between runs (the local store); without one it starts empty
 * in a temporary directory (tests).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private final EmbeddedPostgres postgres;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	/**
	 * Starts a server.
	 * @param dataDirectory where the cluster lives and is kept, or {@code null} for a
	 * throw-away cluster
	 * @param port the port to listen on, or 0 for any free port
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
		return start(dataDirectory, port, true);
	}

	/**
	 * Starts a server.
	 * @param dataDirectory where the cluster lives and is kept, or {@code null} for a
	 * throw-away cluster
	 * @param port the port to listen on, or 0 for any free port
	 * @param stopWhenTheJvmExits whether the server stops itself in a JVM shutdown hook;
	 * {@code false} for an owner that must stop it last, after the applications using it
	 * (shutdown hooks run in no particular order)
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean stopWhenTheJvmExits) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				// Enough for two apps, several replicas' pools and concurrency tests.
				.setServerConfig("max_connections", "200")
				.setServerConfig("shared_buffers", "128MB")
				.setRegisterShutdownHook(stopWhenTheJvmExits);
			if (port > 0) {
				builder.setPort(port);
			}
			if (dataDirectory != null) {
				Files.createDirectories(dataDirectory);
				builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
			}
			return new EmbeddedPostgresServer(builder.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
		}
	}

	public ConnectionSettings connectionSettings() {
		return new ConnectionSettings(this.postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
	}

	public int port() {
		return this.postgres.getPort();
	}

	@Override
	public void close() {
		try {
			this.postgres.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not stop the embedded PostgreSQL", ex);
		}
	}

}
