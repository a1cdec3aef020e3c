package dev.digitalstore.store;

import org.springframework.boot.SpringApplication;

import dev.digitalstore.localpostgres.LocalPostgresConfiguration;

/**
 * The store on one machine: {@code ./mvnw -pl store-backend spring-boot:test-run}.
 * PostgreSQL is embedded (or a Testcontainers container where Docker runs) and keeps its
 * data under {@code .local/}.
 */
public final class LocalStoreApplication {

	private LocalStoreApplication() {
	}

	public static void main(String[] args) {
		SpringApplication.from(StoreApplication::main)
			.with(LocalPostgresConfiguration.class)
			.withAdditionalProfiles("local")
			.run(args);
	}

}
