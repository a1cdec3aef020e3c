package dev.digitalstore.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;

import dev.digitalstore.localpostgres.PostgresSource;

/**
 * What would make the start fail halfway, checked before anything starts, and said in
 * words that tell the developer what to do.
 */
final class StartChecks {

	private StartChecks() {
	}

	static void verify(LocalStoreSettings settings) {
		refuseTakenPort(settings.backendPort(), "the backend", "STORE_LOCAL_BACKEND_PORT");
		refuseTakenPort(settings.shopPort(), "the shop", "STORE_LOCAL_SHOP_PORT");
		if (PostgresSource.current() == PostgresSource.EMBEDDED) {
			refuseLeftOverPostgres(settings.dataDirectory().resolve("postgres"));
			if (settings.databasePort() > 0) {
				refuseTakenPort(settings.databasePort(), "the embedded PostgreSQL", "STORE_LOCAL_DB_PORT");
			}
		}
	}

	private static void refuseTakenPort(int port, String what, String variable) {
		if (!Ports.available(port)) {
			throw new LaunchException("Port " + port + " (" + what + ") is already in use: is the store (or "
					+ "another program) already running? Stop it, or choose another port with " + variable + ".");
		}
	}

	/**
	 * A launcher that was killed (not stopped) leaves its PostgreSQL running: PostgreSQL
	 * detaches from the terminal. It may also serve a backend started on its own on the
	 * same data, so it is pointed out, never stopped.
	 */
	private static void refuseLeftOverPostgres(Path dataDirectory) {
		OptionalLong pid = postmasterPid(dataDirectory.resolve("postmaster.pid"));
		if (pid.isPresent() && ProcessHandle.of(pid.getAsLong()).map(ProcessHandle::isAlive).orElse(false)) {
			throw new LaunchException("PostgreSQL (pid " + pid.getAsLong() + ") is still running on " + dataDirectory
					+ ", left by a store that was killed rather than stopped, or used by a backend "
					+ "started on its own. If no store is running, stop it with: kill " + pid.getAsLong());
		}
	}

	/**
	 * The first line of PostgreSQL's pid file; none without a readable one (PostgreSQL
	 * itself sees through a stale file).
	 */
	private static OptionalLong postmasterPid(Path pidFile) {
		try {
			List<String> lines = Files.readAllLines(pidFile);
			return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (IOException | NumberFormatException ex) {
			return OptionalLong.empty();
		}
	}

}
