package dev.digitalstore.store;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.SpringApplication;

import dev.digitalstore.localpostgres.LocalPostgresConfiguration;

/**
 * The store on one machine:
 * {@code ./mvnw -pl store-backend -am -DskipTests test-compile spring-boot:test-run}.
 * PostgreSQL is embedded (or a Testcontainers container where Docker runs) and keeps its
 * data under {@code .local/}.
 */
public final class LocalStoreApplication {

	private LocalStoreApplication() {
	}

	public static void main(String[] args) {
		if (System.getenv("STORE_LOCAL_DATA") == null && System.getProperty("STORE_LOCAL_DATA") == null) {
			System.setProperty("STORE_LOCAL_DATA", localDataDirectory().toString());
		}
		SpringApplication.from(StoreApplication::main)
			.with(LocalPostgresConfiguration.class)
			.withAdditionalProfiles("local")
			.run(args);
	}

	/**
	 * {@code .local/} beside the repository's root {@code mvnw}, wherever the launch
	 * started.
	 */
	static Path localDataDirectory() {
		Path directory = Path.of("").toAbsolutePath();
		for (Path candidate = directory; candidate != null; candidate = candidate.getParent()) {
			if (Files.exists(candidate.resolve("mvnw")) && Files.exists(candidate.resolve("store-backend"))) {
				return candidate.resolve(".local");
			}
		}
		return directory.resolve(".local");
	}

}
