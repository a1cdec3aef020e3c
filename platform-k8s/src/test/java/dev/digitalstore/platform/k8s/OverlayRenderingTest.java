package dev.digitalstore.platform.k8s;

import java.util.List;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every overlay renders, parses strictly, and stays in the store's namespace. */
class OverlayRenderingTest {

	static final List<String> OVERLAYS = Platform.OVERLAYS;

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void rendersIntoKnownObjectsOnly(String overlay) {
		List<HasMetadata> objects = Platform.render(overlay).objects();

		assertThat(objects).extracting(HasMetadata::getKind)
			.contains("Namespace", "Deployment", "Service", "ConfigMap", "NetworkPolicy", "PodDisruptionBudget",
					"HorizontalPodAutoscaler", "ServiceMonitor", "Ingress");
		assertThat(objects).extracting((object) -> object.getKind() + "/" + object.getMetadata().getName())
			.doesNotHaveDuplicates();
	}

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void everythingLivesInTheRestrictedDigitalStoreNamespace(String overlay) {
		Rendered rendered = Platform.render(overlay);

		assertThat(rendered.one(Namespace.class, "digital-store").getMetadata().getLabels())
			.containsEntry("pod-security.kubernetes.io/enforce", "restricted");
		assertThat(rendered.objects()).filteredOn((object) -> !(object instanceof Namespace))
			.allSatisfy((object) -> assertThat(object.getMetadata().getNamespace()).as(object.getKind())
				.isEqualTo("digital-store"));
	}

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void everyAppIsDeployed(String overlay) {
		Rendered rendered = Platform.render(overlay);

		for (String app : Platform.apps()) {
			assertThat(rendered.find("Deployment", app)).as(app).isPresent();
			assertThat(rendered.find("Service", app)).as(app).isPresent();
			assertThat(rendered.find("HorizontalPodAutoscaler", app)).as(app).isPresent();
			assertThat(rendered.find("PodDisruptionBudget", app)).as(app).isPresent();
			assertThat(rendered.find("NetworkPolicy", app)).as(app).isPresent();
		}
	}

}
