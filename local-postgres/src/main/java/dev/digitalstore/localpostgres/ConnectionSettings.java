package dev.digitalstore.localpostgres;

/** How to reach a PostgreSQL server over JDBC. */
public record ConnectionSettings(String jdbcUrl, String username, String password) {

	public ConnectionSettings {
		if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
			throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
		}
	}

}
