package dev.digitalstore.shop;

import org.springframework.boot.SpringApplication;

import dev.digitalstore.localpostgres.LocalPostgresConfiguration;

/**
 * The shop on one machine: {@code ./mvnw -pl store-frontend spring-boot:test-run}, on
 * http://localhost:8081 against the local backend on :8080. PostgreSQL (for the sessions)
 * is embedded, or a Testcontainers container where Docker runs, and keeps its data under
 * {@code .local/}.
 */
public final class LocalShopApplication {

	private LocalShopApplication() {
	}

	public static void main(String[] args) {
		SpringApplication.from(ShopApplication::main)
			.with(LocalPostgresConfiguration.class)
			.withAdditionalProfiles("local")
			.run(args);
	}

}
