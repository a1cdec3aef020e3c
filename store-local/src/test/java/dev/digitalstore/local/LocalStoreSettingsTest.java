package dev.digitalstore.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LocalStoreSettingsTest {

	@Test
	void theDevelopersStoreKeepsItsDataAtTheRepositoryRootOnTheUsualPorts(@TempDir Path checkout) throws IOException {
		Path jar = launcherJarIn(checkout);
		LocalStoreSettings settings = LocalStoreSettings.fromEnvironment(Map.<String, String>of()::get, jar);
		assertThat(settings.dataDirectory()).isEqualTo(checkout.resolve(".local"));
		assertThat(settings.appsDirectory()).isEqualTo(checkout.resolve("store-local/target/apps"));
		assertThat(settings.backendPort()).isEqualTo(8080);
		assertThat(settings.shopPort()).isEqualTo(8081);
		assertThat(settings.databasePort()).isEqualTo(15432);
		assertThat(settings.adminEmail()).isEqualTo("admin@digitalstore.local");
		assertThat(settings.adminPassword()).isEqualTo("local-admin-password");
		assertThat(settings.logDirectory()).as("the apps' output goes to the terminal").isNull();
	}

	@Test
	void theEnvironmentOverridesDataPortsAndAdministrator(@TempDir Path checkout) throws IOException {
		Map<String, String> environment = Map.of("STORE_LOCAL_DATA", checkout.resolve("elsewhere").toString(),
				"STORE_LOCAL_BACKEND_PORT", "9080", "STORE_LOCAL_SHOP_PORT", " 9081 ", "STORE_LOCAL_DB_PORT", "25432",
				"STORE_ADMIN_EMAIL", "me@example.test", "STORE_ADMIN_PASSWORD", "my-own-password");
		LocalStoreSettings settings = LocalStoreSettings.fromEnvironment(environment::get, launcherJarIn(checkout));
		assertThat(settings.dataDirectory()).isEqualTo(checkout.resolve("elsewhere"));
		assertThat(settings.backendPort()).isEqualTo(9080);
		assertThat(settings.shopPort()).isEqualTo(9081);
		assertThat(settings.databasePort()).isEqualTo(25432);
		assertThat(settings.adminEmail()).isEqualTo("me@example.test");
		assertThat(settings.adminPassword()).isEqualTo("my-own-password");
	}

	@Test
	void aPortThatIsNotANumberIsExplained(@TempDir Path checkout) throws IOException {
		Path jar = launcherJarIn(checkout);
		assertThatExceptionOfType(LaunchException.class)
			.isThrownBy(() -> LocalStoreSettings.fromEnvironment(Map.of("STORE_LOCAL_SHOP_PORT", "http")::get, jar))
			.withMessage("STORE_LOCAL_SHOP_PORT must be a port number, not 'http'.");
	}

	@Test
	void outsideACheckoutTheDataGoesToTheWorkingDirectory(@TempDir Path somewhere) {
		Path jar = somewhere.resolve("store-local.jar");
		LocalStoreSettings settings = LocalStoreSettings.fromEnvironment(Map.<String, String>of()::get, jar);
		assertThat(settings.dataDirectory()).isEqualTo(Path.of("").toAbsolutePath().resolve(".local"));
		assertThat(settings.appsDirectory()).isEqualTo(somewhere.resolve("apps"));
	}

	private static Path launcherJarIn(Path checkout) throws IOException {
		Files.createFile(checkout.resolve("mvnw"));
		Path target = Files.createDirectories(checkout.resolve("store-local/target"));
		return target.resolve("store-local.jar");
	}

}
