package dev.digitalstore.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every profile's settings parse. The test context only loads the default and test
 * profiles, so a broken local profile would otherwise be found by the first person who
 * runs the store.
 */
class ConfigurationFilesTest {

	@ParameterizedTest
	@ValueSource(strings = { "application.yml", "application-local.yml" })
	void profileSettingsAreValidYamlWithStoreSettings(String file) throws IOException {
		try (InputStream yaml = getClass().getClassLoader().getResourceAsStream(file)) {
			assertThat(yaml).as(file).isNotNull();
			Map<String, Object> settings = new Yaml().load(yaml);
			assertThat(settings).containsKey("store");
		}
	}

}
