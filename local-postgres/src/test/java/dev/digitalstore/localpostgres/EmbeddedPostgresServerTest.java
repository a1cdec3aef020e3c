package dev.digitalstore.localpostgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresServerTest {

	@Test
	void dataSurvivesARestartWhenADataDirectoryIsGiven(@TempDir Path dataDirectory) throws SQLException {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, 0)) {
			execute(server, "create table kept(v text); insert into kept values ('still here')");
		}
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, 0);
				Connection connection = connect(server);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select v, version() from kept")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("still here");
			assertThat(rows.getString(2)).startsWith("PostgreSQL 17");
		}
	}

	private static void execute(EmbeddedPostgresServer server, String sql) throws SQLException {
		try (Connection connection = connect(server); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
		ConnectionSettings settings = server.connectionSettings();
		return DriverManager.getConnection(settings.jdbcUrl(), settings.username(), settings.password());
	}

}
