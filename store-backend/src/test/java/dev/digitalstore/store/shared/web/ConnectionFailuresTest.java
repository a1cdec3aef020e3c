package dev.digitalstore.store.shared.web;

import java.net.SocketTimeoutException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.orm.jpa.JpaSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionFailuresTest {

	@Test
	void lostConnectionsAreRecognisedThroughWrappers() {
		assertThat(ConnectionFailures.isConnectionFailure(
				new JpaSystemException(new RuntimeException("rollback", new SQLException("Connection is closed")))))
			.isTrue();
		assertThat(ConnectionFailures.isConnectionFailure(new RuntimeException(new SQLException("I/O", "08006"))))
			.isTrue();
		assertThat(ConnectionFailures
			.isConnectionFailure(new RuntimeException(new SocketTimeoutException("Read timed out")))).isTrue();
	}

	@Test
	void otherDatabaseErrorsAreNot() {
		assertThat(ConnectionFailures
			.isConnectionFailure(new RuntimeException(new SQLException("duplicate key", "23505")))).isFalse();
		assertThat(ConnectionFailures.isConnectionFailure(new IllegalStateException("bug"))).isFalse();
	}

}
