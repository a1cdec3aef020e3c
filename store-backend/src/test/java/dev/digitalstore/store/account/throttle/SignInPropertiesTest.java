package dev.digitalstore.store.account.throttle;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignInPropertiesTest {

	@Test
	void defaultsAreTheProductionLimits() {
		SignInProperties limits = bind(Map.of());

		assertThat(limits.window()).isEqualTo(Duration.ofMinutes(15));
		assertThat(limits.maxFailuresPerAccountAndAddress()).isEqualTo(5);
		assertThat(limits.maxFailuresPerAddress()).isEqualTo(30);
		assertThat(limits.maxFailuresPerAccount()).isEqualTo(20);
		assertThat(limits.knownAddressRetention()).isEqualTo(Duration.ofDays(90));
	}

	@Test
	void limitsCanBeConfigured() {
		SignInProperties limits = bind(
				Map.of("store.account.sign-in.window", "1h", "store.account.sign-in.max-failures-per-account", "50"));

		assertThat(limits.window()).isEqualTo(Duration.ofHours(1));
		assertThat(limits.maxFailuresPerAccount()).isEqualTo(50);
	}

	@Test
	void refusesAnEmptyWindow() {
		assertThatThrownBy(() -> bind(Map.of("store.account.sign-in.window", "0s"))).isInstanceOf(BindException.class)
			.rootCause()
			.hasMessageContaining("window must be a positive duration");
	}

	private static SignInProperties bind(Map<String, String> properties) {
		Binder binder = new Binder(new MapConfigurationPropertySource(properties));
		return binder.bindOrCreate("store.account.sign-in", SignInProperties.class);
	}

}
