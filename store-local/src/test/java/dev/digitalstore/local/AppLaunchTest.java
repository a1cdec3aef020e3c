package dev.digitalstore.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.digitalstore.localpostgres.ConnectionSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AppLaunchTest {

	private static final ConnectionSettings DATABASE = new ConnectionSettings(
			"jdbc:postgresql://localhost:15432/postgres", "postgres", "secret");

	@Test
	void bothAppsRunTheLocalProfileOnTheSharedDatabaseAndData(@TempDir Path apps) {
		AppLaunch launch = new AppLaunch(settings(apps), DATABASE);
		for (Map<String, String> environment : List.of(launch.backendEnvironment(), launch.shopEnvironment())) {
			assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "local")
				.containsEntry("SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:15432/postgres")
				.containsEntry("SPRING_DATASOURCE_USERNAME", "postgres")
				.containsEntry("SPRING_DATASOURCE_PASSWORD", "secret")
				.containsEntry("STORE_LOCAL_DATA", "/data/.local");
		}
	}

	@Test
	void theBackendGetsItsPortAdministratorAndTheShopsAddress(@TempDir Path apps) {
		assertThat(new AppLaunch(settings(apps), DATABASE).backendEnvironment()).containsEntry("SERVER_PORT", "18080")
			.containsEntry("STORE_PUBLIC_BASE_URL", "http://localhost:18081")
			.containsEntry("STORE_ADMIN_EMAIL", "admin@example.test")
			.containsEntry("STORE_ADMIN_PASSWORD", "admin-password");
	}

	@Test
	void theShopGetsItsPortAndTheBackendsAddress(@TempDir Path apps) {
		assertThat(new AppLaunch(settings(apps), DATABASE).shopEnvironment()).containsEntry("SERVER_PORT", "18081")
			.containsEntry("SHOP_PORT", "18081")
			.containsEntry("SHOP_BACKEND_BASE_URL", "http://localhost:18080")
			.doesNotContainKey("STORE_ADMIN_PASSWORD");
	}

	@Test
	void theAppsRunOnTheLaunchersJavaFromTheirJars(@TempDir Path apps) throws Exception {
		Files.createFile(apps.resolve(AppLaunch.BACKEND_JAR));
		List<String> command = new AppLaunch(settings(apps), DATABASE).command(AppLaunch.BACKEND_JAR);
		assertThat(command.get(0)).isEqualTo(ProcessHandle.current().info().command().orElseThrow());
		assertThat(command).endsWith("-jar", apps.resolve(AppLaunch.BACKEND_JAR).toString());
	}

	@Test
	void aMissingJarSaysHowToBuildIt(@TempDir Path apps) {
		assertThatExceptionOfType(LaunchException.class)
			.isThrownBy(() -> new AppLaunch(settings(apps), DATABASE).command(AppLaunch.SHOP_JAR))
			.withMessageContaining("store-frontend.jar is missing")
			.withMessageContaining("./run-store");
	}

	private static LocalStoreSettings settings(Path apps) {
		return new LocalStoreSettings(Path.of("/data/.local"), apps, 18080, 18081, 0, "admin@example.test",
				"admin-password", null, Duration.ofMinutes(1));
	}

}
