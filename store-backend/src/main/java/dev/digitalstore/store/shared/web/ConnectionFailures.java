package dev.digitalstore.store.shared.web;

import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;

/**
 * Recognises a lost or unresponsive database connection anywhere in a chain of causes.
 */
final class ConnectionFailures {

	private ConnectionFailures() {
	}

	static boolean isConnectionFailure(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof SocketTimeoutException || cause instanceof SocketException) {
				return true;
			}
			// SQLState class 08: connection exception. Hikari closes a connection that
			// failed that way, and the
			// rollback that follows then fails with its "Connection is closed", which
			// carries no SQLState.
			if (cause instanceof SQLException sql && ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
					|| "Connection is closed".equals(sql.getMessage()))) {
				return true;
			}
		}
		return false;
	}

}
