package dev.digitalstore.store;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistrar;

import dev.digitalstore.localpostgres.LocalPostgresConfiguration;
import dev.digitalstore.store.shared.security.JwtProperties;
import dev.digitalstore.store.support.DatabaseProxyConfiguration;
import dev.digitalstore.store.support.RecordingOutboxHandler;
import dev.digitalstore.store.support.StatementCountingConfiguration;
import dev.digitalstore.store.support.TestTokens;

/**
 * The one test configuration of the backend: a real PostgreSQL chosen by
 * {@link LocalPostgresConfiguration} (TEST_DB_URL, else Testcontainers, else embedded).
 * Every integration test uses exactly this, so the Spring context (and the database) is
 * started once per test run.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ LocalPostgresConfiguration.class, StatementCountingConfiguration.class, DatabaseProxyConfiguration.class })
public class TestStoreConfiguration {

	/** A real SMTP server the store sends its e-mails to. */
	@Bean(initMethod = "start", destroyMethod = "stop")
	GreenMail greenMail() {
		return new GreenMail(ServerSetupTest.SMTP.dynamicPort());
	}

	@Bean
	DynamicPropertyRegistrar greenMailProperties(GreenMail greenMail) {
		return (registry) -> {
			registry.add("spring.mail.host", () -> "127.0.0.1");
			registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
		};
	}

	@Bean
	TestTokens testTokens(JwtEncoder encoder, JwtProperties properties) {
		return new TestTokens(encoder, properties);
	}

	@Bean
	RecordingOutboxHandler recordingOutboxHandler() {
		return new RecordingOutboxHandler();
	}

}
