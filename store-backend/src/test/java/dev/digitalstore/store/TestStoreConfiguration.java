package dev.digitalstore.store;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import dev.digitalstore.localpostgres.LocalPostgresConfiguration;
import dev.digitalstore.store.support.DatabaseProxyConfiguration;
import dev.digitalstore.store.support.RecordingOutboxHandler;
import dev.digitalstore.store.support.StatementCountingConfiguration;

/**
 * The one test configuration of the backend: a real PostgreSQL chosen by
 * {@link LocalPostgresConfiguration} (TEST_DB_URL, else Testcontainers, else embedded).
 * Every integration test uses exactly this, so the Spring context (and the database) is
 * started once per test run.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ LocalPostgresConfiguration.class, StatementCountingConfiguration.class, DatabaseProxyConfiguration.class })
public class TestStoreConfiguration {

	@Bean
	RecordingOutboxHandler recordingOutboxHandler() {
		return new RecordingOutboxHandler();
	}

}
