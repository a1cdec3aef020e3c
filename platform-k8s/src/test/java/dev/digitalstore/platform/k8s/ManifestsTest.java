package dev.digitalstore.platform.k8s;

import java.util.List;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/** The strict reader is what makes a typo in a manifest fail the build. */
class ManifestsTest {

	private static final String DEPLOYMENT = """
			apiVersion: apps/v1
			kind: Deployment
			metadata:
			  name: web
			spec:
			  selector:
			    matchLabels: {app: web}
			  template:
			    metadata:
			      labels: {app: web}
			    spec:
			      containers:
			        - name: web
			          image: example/web:1.0.0
			          %s
			""";

	@Test
	void readsEveryDocumentOfAStreamIntoTypedObjects() {
		List<HasMetadata> objects = Manifests.parse(DEPLOYMENT.formatted("imagePullPolicy: IfNotPresent") + """
				---
				apiVersion: v1
				kind: Service
				metadata:
				  name: web
				""");

		assertThat(objects).extracting(HasMetadata::getKind).containsExactly("Deployment", "Service");
		assertThat(((Deployment) objects.get(0)).getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
			.isEqualTo("example/web:1.0.0");
	}

	@Test
	void failsOnAMisspeltField() {
		assertThatException().isThrownBy(() -> Manifests.parse(DEPLOYMENT.formatted("imagePulPolicy: IfNotPresent")))
			.withMessageContaining("imagePulPolicy");
	}

	@Test
	void failsOnAFieldAtTheWrongLevel() {
		// "readOnlyRootFilesystem" belongs in securityContext, not directly in the
		// container.
		assertThatException().isThrownBy(() -> Manifests.parse(DEPLOYMENT.formatted("readOnlyRootFilesystem: true")))
			.withMessageContaining("readOnlyRootFilesystem");
	}

	@Test
	void failsOnAValueOfTheWrongType() {
		assertThatException().isThrownBy(() -> Manifests.parse("""
				apiVersion: apps/v1
				kind: Deployment
				metadata:
				  name: web
				spec:
				  replicas: three
				"""));
	}

	@Test
	void failsOnAnUnknownKind() {
		assertThatException().isThrownBy(() -> Manifests.parse("""
				apiVersion: apps/v1
				kind: Deploymnet
				metadata:
				  name: web
				""")).withMessageContaining("Unknown kind apps/v1/Deploymnet");
	}

	@Test
	void readsTheKnownCustomResourcesAsGenericResources() {
		List<HasMetadata> objects = Manifests.parse("""
				apiVersion: monitoring.coreos.com/v1
				kind: ServiceMonitor
				metadata:
				  name: web
				spec:
				  endpoints: [{port: http}]
				""");

		assertThat(objects).singleElement().isInstanceOf(GenericKubernetesResource.class);
	}

}
