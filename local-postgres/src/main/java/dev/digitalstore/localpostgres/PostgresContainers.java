package dev.digitalstore.localpostgres;

import java.nio.file.Path;

import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The PostgreSQL container tests and the local store run where Docker exists: the same
 * major version as production, and enough connections for both apps' pools.
 */
public final class PostgresContainers {

	/** The image used unless {@code local-postgres.image} says otherwise. */
	public static final String DEFAULT_IMAGE = "postgres:17-alpine";

	private PostgresContainers() {
	}

	/**
	 * A container, not yet started.
	 * @param dataDirectory where the data lives on the host between runs, or null for a
	 * throwaway database
	 */
	public static PostgreSQLContainer create(String image, Path dataDirectory) {
		PostgreSQLContainer container = new PostgreSQLContainer(
				DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"))
			.withCommand("postgres", "-c", "max_connections=200");
		if (dataDirectory != null) {
			container.withFileSystemBind(dataDirectory.toAbsolutePath().toString(), "/var/lib/postgresql/data");
		}
		return container;
	}

}
