package dev.digitalstore.local;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.digitalstore.localpostgres.PostgresSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What {@code ./run-store} promises, through the launcher's own code: stopping leaves no
 * process behind, the data survives a restart, and a taken port is refused up front with
 * words a developer understands. It restarts the run's store (the browser tests after it
 * use the restarted one).
 */
@ExtendWith(FullStore.class)
class LocalStoreLifecycleIT {

	private static final Path APPS = Path.of(System.getProperty("store.local.apps", "target/apps"));

	@Test
	void stoppingLeavesNoProcessBehindAndTheNextStartFindsTheData(FullStore.Restartable full) {
		LocalStore store = full.current();
		String email = "returning-" + UUID.randomUUID() + "@example.test";
		new StoreApi(store).register(email, "returning-password", "Robin");
		List<ProcessHandle> apps = store.appProcesses();
		assertThat(apps).hasSize(2).allMatch(ProcessHandle::isAlive);
		// An embedded PostgreSQL is the store's to stop; a given server (TEST_DB_URL) is
		// not.
		boolean embedded = PostgresSource.current() == PostgresSource.EMBEDDED;
		Path postmasterPid = store.settings().dataDirectory().resolve("postgres/postmaster.pid");
		assertThat(Files.exists(postmasterPid)).isEqualTo(embedded);
		int databasePort = URI.create(store.databaseSettings().jdbcUrl().substring("jdbc:".length())).getPort();

		LocalStoreSettings settings = full.stop();
		assertThat(apps).noneMatch(ProcessHandle::isAlive);
		// PostgreSQL removes its pid file once it has shut down.
		assertThat(postmasterPid).doesNotExist();
		if (embedded) {
			assertThat(Ports.available(databasePort)).isTrue();
		}
		assertThat(Ports.available(settings.backendPort())).isTrue();
		assertThat(Ports.available(settings.shopPort())).isTrue();

		LocalStore restarted = full.startAgain(settings);
		assertThat(new StoreApi(restarted).token(email, "returning-password")).isNotBlank();
	}

	@Test
	void aTakenPortIsRefusedBeforeAnythingStarts(@TempDir Path directory) throws IOException {
		LocalStoreSettings free = LocalStoreSettings.isolated(directory, APPS, "admin@lifecycle.test",
				"lifecycle-admin-password");
		try (ServerSocket taken = new ServerSocket(0)) {
			LocalStoreSettings settings = new LocalStoreSettings(free.dataDirectory(), free.appsDirectory(),
					taken.getLocalPort(), free.shopPort(), 0, free.adminEmail(), free.adminPassword(),
					free.logDirectory(), free.startTimeout());
			assertThatExceptionOfType(LaunchException.class).isThrownBy(() -> LocalStore.start(settings))
				.withMessageContaining("Port " + taken.getLocalPort() + " (the backend) is already in use")
				.withMessageContaining("STORE_LOCAL_BACKEND_PORT");
		}
		assertThat(Files.exists(directory.resolve("postgres"))).as("no database started").isFalse();
	}

}
