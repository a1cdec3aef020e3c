package dev.digitalstore.localpostgres;

import java.nio.file.Path;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one place that gives tests and local runs their PostgreSQL. Import it from a test
 * configuration or a local launcher; the application itself never sees it (production
 * reads {@code SPRING_DATASOURCE_*}).
 * <p>
 * Settings: {@code local-postgres.data-directory} keeps an embedded cluster's data
 * between runs; {@code local-postgres.port} fixes its port (0, the default, takes any
 * free port); {@code local-postgres.image} is the container image used with Docker.
 */
@Configuration(proxyBeanMethods = false)
public class LocalPostgresConfiguration {

	@Bean
	@ServiceConnection
	@Conditional(SourceCondition.Testcontainers.class)
	PostgreSQLContainer postgresContainer(Environment environment) {
		String image = environment.getProperty("local-postgres.image", PostgresContainers.DEFAULT_IMAGE);
		String dataDirectory = environment.getProperty("local-postgres.data-directory");
		return PostgresContainers.create(image, (dataDirectory != null) ? Path.of(dataDirectory) : null);
	}

	@Bean(destroyMethod = "close")
	@Conditional(SourceCondition.Embedded.class)
	EmbeddedPostgresServer embeddedPostgresServer(Environment environment) {
		String dataDirectory = environment.getProperty("local-postgres.data-directory");
		int port = environment.getProperty("local-postgres.port", Integer.class, 0);
		return EmbeddedPostgresServer.start((dataDirectory != null) ? Path.of(dataDirectory) : null, port);
	}

	@Bean
	@Conditional(SourceCondition.Embedded.class)
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgresServer server) {
		return new SettingsConnectionDetails(server.connectionSettings());
	}

	@Bean
	@Conditional(SourceCondition.Given.class)
	JdbcConnectionDetails givenPostgresConnectionDetails() {
		return new SettingsConnectionDetails(PostgresSource.givenSettings());
	}

	private record SettingsConnectionDetails(ConnectionSettings settings) implements JdbcConnectionDetails {

		@Override
		public String getUsername() {
			return this.settings.username();
		}

		@Override
		public String getPassword() {
			return this.settings.password();
		}

		@Override
		public String getJdbcUrl() {
			return this.settings.jdbcUrl();
		}

	}

}
