package dev.digitalstore.shop;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import dev.digitalstore.localpostgres.LocalPostgresConfiguration;
import dev.digitalstore.shop.fakes.FakeAccountClient;
import dev.digitalstore.shop.fakes.FakeAdminClient;
import dev.digitalstore.shop.fakes.FakeBackend;
import dev.digitalstore.shop.fakes.FakeCartClient;
import dev.digitalstore.shop.fakes.FakeCatalogClient;
import dev.digitalstore.shop.fakes.FakeCheckoutClient;
import dev.digitalstore.shop.fakes.FakeOrderBook;
import dev.digitalstore.shop.fakes.FakeOrderClient;

/**
 * The one test configuration of the frontend: a real PostgreSQL for the sessions (chosen
 * by {@link LocalPostgresConfiguration}) and in-memory fakes of every backend client, so
 * the pages are tested without the store API. Every integration test uses exactly this,
 * so the Spring context starts once per test run.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(LocalPostgresConfiguration.class)
public class TestShopConfiguration {

	@Bean
	FakeBackend fakeBackend() {
		return new FakeBackend();
	}

	@Bean
	FakeOrderBook fakeOrderBook() {
		return new FakeOrderBook();
	}

	@Bean
	@Primary
	FakeCatalogClient fakeCatalogClient(FakeBackend backend) {
		return new FakeCatalogClient(backend);
	}

	@Bean
	@Primary
	FakeCartClient fakeCartClient(FakeBackend backend) {
		return new FakeCartClient(backend);
	}

	@Bean
	@Primary
	FakeCheckoutClient fakeCheckoutClient(FakeBackend backend, FakeCartClient carts, FakeOrderBook orders) {
		return new FakeCheckoutClient(backend, carts, orders);
	}

	@Bean
	@Primary
	FakeOrderClient fakeOrderClient(FakeBackend backend, FakeOrderBook orders) {
		return new FakeOrderClient(backend, orders);
	}

	@Bean
	@Primary
	FakeAccountClient fakeAccountClient(FakeBackend backend) {
		return new FakeAccountClient(backend);
	}

	@Bean
	@Primary
	FakeAdminClient fakeAdminClient(FakeBackend backend, FakeOrderBook orders) {
		return new FakeAdminClient(backend, orders);
	}

}
