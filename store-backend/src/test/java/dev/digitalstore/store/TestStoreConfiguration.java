package dev.digitalstore.store;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

import dev.digitalstore.localpostgres.LocalPostgresConfiguration;
import dev.digitalstore.store.testsupport.FacadeStandIns;
import dev.digitalstore.store.testsupport.SqlStatementCounter;

/**
 * The one test configuration of the backend: a real PostgreSQL chosen by
 * {@link LocalPostgresConfiguration} (TEST_DB_URL, else Testcontainers, else embedded).
 * Every integration test uses exactly this, so the Spring context (and the database) is
 * started once per test run.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ LocalPostgresConfiguration.class, SqlStatementCounter.Configuration.class, FacadeStandIns.class })
public class TestStoreConfiguration {

}
