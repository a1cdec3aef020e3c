package dev.digitalstore.platform.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each app's own manifest, as Dekorate generates it from the app's settings: a change
 * there cannot silently drop a probe, a limit or the secret reference (the overlays are
 * checked again after kustomize, see the policy tests).
 */
class DekorateOutputTest {

	static List<String> apps() {
		List<String> apps = Platform.apps();
		assertThat(apps).as("app manifests collected into base/generated").contains("store-backend", "store-frontend");
		return apps;
	}

	@ParameterizedTest
	@MethodSource("apps")
	void everyCollectedAppIsPartOfTheBase(String app) throws IOException {
		assertThat(Files.readString(Platform.sourceDir().resolve("base/kustomization.yaml")))
			.contains("- generated/" + app + ".yml");
	}

	@ParameterizedTest
	@MethodSource("apps")
	void generatesOneDeploymentAndOneServiceNamedAfterTheApp(String app) throws IOException {
		List<HasMetadata> objects = Manifests.parse(Files.readString(Platform.generatedManifest(app)));

		assertThat(objects).extracting((object) -> object.getKind() + "/" + object.getMetadata().getName())
			.containsExactlyInAnyOrder("Deployment/" + app, "Service/" + app);
	}

	@ParameterizedTest
	@MethodSource("apps")
	void probesTheActuatorHealthGroupsOnTheHttpPort(String app) throws IOException {
		Container container = container(app);

		assertThat(container.getPorts()).singleElement().satisfies((port) -> {
			assertThat(port.getName()).isEqualTo("http");
			assertThat(port.getContainerPort()).isEqualTo(8080);
		});
		assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
		assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
		assertThat(container.getStartupProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
		for (var probe : List.of(container.getLivenessProbe(), container.getReadinessProbe(),
				container.getStartupProbe())) {
			assertThat(probe.getHttpGet().getPort().getIntVal()).isEqualTo(8080);
			assertThat(probe.getTimeoutSeconds()).isPositive();
		}
		// A slow start (migrations) must not be killed by liveness: startup allows a
		// minute at least.
		assertThat(container.getStartupProbe().getPeriodSeconds() * container.getStartupProbe().getFailureThreshold())
			.isGreaterThanOrEqualTo(60);
	}

	@ParameterizedTest
	@MethodSource("apps")
	void requestsAndLimitsCpuAndMemory(String app) throws IOException {
		Container container = container(app);

		assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
		assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
		assertThat(container.getResources().getLimits().get("memory"))
			.isEqualTo(container.getResources().getRequests().get("memory"));
	}

	@ParameterizedTest
	@MethodSource("apps")
	void readsItsSettingsAndSecretsFromTheEnvironmentsConfigMapAndSecret(String app) throws IOException {
		Container container = container(app);

		assertThat(container.getEnvFrom())
			.extracting((source) -> (source.getConfigMapRef() != null) ? source.getConfigMapRef().getName() : null)
			.contains(app);
		assertThat(container.getEnvFrom())
			.extracting((source) -> (source.getSecretRef() != null) ? source.getSecretRef().getName() : null)
			.contains(app);
	}

	@ParameterizedTest
	@MethodSource("apps")
	void writesOnlyToATmpEmptyDirAndRunsAsItsOwnServiceAccount(String app) throws IOException {
		PodSpec pod = deployment(app).getSpec().getTemplate().getSpec();

		assertThat(container(app).getVolumeMounts())
			.anySatisfy((mount) -> assertThat(mount.getMountPath()).isEqualTo("/tmp"));
		assertThat(pod.getVolumes()).anySatisfy((volume) -> assertThat(volume.getEmptyDir()).isNotNull());
		assertThat(pod.getServiceAccount()).isEqualTo(app);
	}

	@ParameterizedTest
	@MethodSource("apps")
	void theServiceExposesTheHttpPort(String app) throws IOException {
		Service service = Manifests.parse(Files.readString(Platform.generatedManifest(app)))
			.stream()
			.filter(Service.class::isInstance)
			.map(Service.class::cast)
			.findFirst()
			.orElseThrow();

		assertThat(service.getSpec().getPorts()).singleElement().satisfies((port) -> {
			assertThat(port.getName()).isEqualTo("http");
			assertThat(port.getTargetPort().getIntVal()).isEqualTo(8080);
		});
	}

	private static Deployment deployment(String app) throws IOException {
		return Manifests.parse(Files.readString(Platform.generatedManifest(app)))
			.stream()
			.filter(Deployment.class::isInstance)
			.map(Deployment.class::cast)
			.findFirst()
			.orElseThrow();
	}

	private static Container container(String app) throws IOException {
		return deployment(app).getSpec().getTemplate().getSpec().getContainers().get(0);
	}

}
