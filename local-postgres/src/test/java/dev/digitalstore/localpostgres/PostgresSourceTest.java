package dev.digitalstore.localpostgres;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresSourceTest {

	@Test
	void givenUrlWinsOverDocker() {
		assertThat(PostgresSource.choose(Map.of("TEST_DB_URL", "jdbc:postgresql://db/x")::get, () -> true))
			.isEqualTo(PostgresSource.GIVEN);
	}

	@Test
	void dockerIsUsedWhenNoUrlIsGiven() {
		assertThat(PostgresSource.choose(Map.<String, String>of()::get, () -> true))
			.isEqualTo(PostgresSource.TESTCONTAINERS);
	}

	@Test
	void embeddedWhenNeitherUrlNorDocker() {
		assertThat(PostgresSource.choose(Map.of("TEST_DB_URL", " ")::get, () -> false))
			.isEqualTo(PostgresSource.EMBEDDED);
	}

	@Test
	void choiceCanBeForced() {
		assertThat(PostgresSource
			.choose(Map.of("LOCAL_POSTGRES", "embedded", "TEST_DB_URL", "jdbc:postgresql://x/y")::get, () -> true))
			.isEqualTo(PostgresSource.EMBEDDED);
	}

}
