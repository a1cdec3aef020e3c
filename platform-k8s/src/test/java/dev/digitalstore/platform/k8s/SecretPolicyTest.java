package dev.digitalstore.platform.k8s;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import dev.digitalstore.platform.k8s.Rendered.Workload;

import static org.assertj.core.api.Assertions.assertThat;

/** Secret values live in secret stores, never in the repository or in plain settings. */
class SecretPolicyTest {

	static final List<String> OVERLAYS = Platform.OVERLAYS;

	static final List<String> AWS_OVERLAYS = Platform.AWS_OVERLAYS;

	private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|SECRET|TOKEN|PRIVATE_KEY|CREDENTIALS).*");

	@ParameterizedTest
	@FieldSource("AWS_OVERLAYS")
	void awsEnvironmentsHoldNoSecretValuesOnlyExternalSecrets(String overlay) {
		Rendered rendered = Platform.render(overlay);

		assertThat(rendered.all(Secret.class)).as("Secrets with values in %s", overlay).isEmpty();
		for (String app : Platform.apps()) {
			assertThat(ReferencePolicies.secretNames(rendered)).as("secrets made by External Secrets").contains(app);
		}
	}

	@ParameterizedTest
	@FieldSource("AWS_OVERLAYS")
	void externalSecretsReadFromTheEnvironmentsOwnSecretsManagerEntries(String overlay) {
		for (GenericKubernetesResource externalSecret : Platform.render(overlay).custom("ExternalSecret")) {
			List<Map<String, Map<String, String>>> sources = externalSecret.get("spec", "dataFrom");
			assertThat(sources).isNotEmpty()
				.allSatisfy((source) -> assertThat(source.get("extract").get("key"))
					.startsWith("digital-store/" + overlay + "/"));
		}
	}

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void noSecretLooksLikeAPlainSetting(String overlay) {
		Rendered rendered = Platform.render(overlay);
		Violations violations = new Violations();
		for (ConfigMap configMap : rendered.all(ConfigMap.class)) {
			configMap.getData()
				.keySet()
				.forEach((key) -> violations.check(!SECRET_NAME.matcher(key).matches(), "%s ConfigMap/%s holds %s",
						overlay, configMap.getMetadata().getName(), key));
		}
		for (Workload workload : rendered.workloads()) {
			for (Container container : workload.template().getSpec().getContainers()) {
				for (EnvVar variable : container.getEnv()) {
					violations.check(variable.getValue() == null || !SECRET_NAME.matcher(variable.getName()).matches(),
							"%s %s: %s is written in the manifest", overlay, workload.id(), variable.getName());
				}
			}
		}
		violations.assertNone();
	}

}
