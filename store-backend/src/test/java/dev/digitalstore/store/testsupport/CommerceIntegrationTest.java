package dev.digitalstore.store.testsupport;

import io.restassured.RestAssured;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.digitalstore.store.StoreIntegrationTest;
import dev.digitalstore.store.support.TestTokens;

/**
 * What every commerce integration test starts from: REST Assured pointed at the running
 * store, the database for checks, and {@link CommerceFixtures} for products, keys,
 * customers and carts.
 */
@StoreIntegrationTest
public abstract class CommerceIntegrationTest {

	@LocalServerPort
	protected int port;

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected TestTokens tokens;

	protected CommerceFixtures fixtures;

	@BeforeEach
	void pointAtTheStore() {
		RestAssured.port = this.port;
		this.fixtures = new CommerceFixtures(this.jdbc, this.tokens);
	}

}
