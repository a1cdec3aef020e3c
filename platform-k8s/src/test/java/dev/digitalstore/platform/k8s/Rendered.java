package dev.digitalstore.platform.k8s;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

/** One overlay as {@code kubectl kustomize} renders it, read into the fabric8 model. */
record Rendered(String overlay, List<HasMetadata> objects) {

	<T extends HasMetadata> List<T> all(Class<T> type) {
		return this.objects.stream().filter(type::isInstance).map(type::cast).toList();
	}

	<T extends HasMetadata> T one(Class<T> type, String name) {
		return all(type).stream()
			.filter((object) -> name.equals(object.getMetadata().getName()))
			.findFirst()
			.orElseThrow(
					() -> new AssertionError("%s: no %s named %s".formatted(this.overlay, type.getSimpleName(), name)));
	}

	List<GenericKubernetesResource> custom(String kind) {
		return all(GenericKubernetesResource.class).stream().filter((object) -> kind.equals(object.getKind())).toList();
	}

	Optional<HasMetadata> find(String kind, String name) {
		return this.objects.stream()
			.filter((object) -> kind.equals(object.getKind()) && name.equals(object.getMetadata().getName()))
			.findFirst();
	}

	/**
	 * A generated ConfigMap by the name the workloads use (kustomize appends a content
	 * hash).
	 */
	ConfigMap configMap(String referencedName) {
		return one(ConfigMap.class, referencedName);
	}

	/**
	 * The plain (not secret) environment of a workload's first container: its ConfigMaps
	 * (envFrom) overlaid with its literal variables.
	 */
	Map<String, String> environment(String workloadName) {
		Container container = workload(workloadName).template().getSpec().getContainers().get(0);
		Map<String, String> environment = new LinkedHashMap<>();
		for (EnvFromSource source : container.getEnvFrom()) {
			if (source.getConfigMapRef() != null) {
				environment.putAll(configMap(source.getConfigMapRef().getName()).getData());
			}
		}
		for (EnvVar variable : container.getEnv()) {
			if (variable.getValue() != null) {
				environment.put(variable.getName(), variable.getValue());
			}
		}
		return environment;
	}

	/** Everything that runs pods: Deployments and StatefulSets. */
	List<Workload> workloads() {
		return this.objects.stream().map(Workload::of).filter(Objects::nonNull).toList();
	}

	Workload workload(String name) {
		return workloads().stream()
			.filter((workload) -> workload.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new AssertionError(this.overlay + ": no workload named " + name));
	}

	record Workload(HasMetadata object, PodTemplateSpec template) {

		static Workload of(HasMetadata object) {
			if (object instanceof Deployment deployment) {
				return new Workload(deployment, deployment.getSpec().getTemplate());
			}
			if (object instanceof StatefulSet statefulSet) {
				return new Workload(statefulSet, statefulSet.getSpec().getTemplate());
			}
			return null;
		}

		String name() {
			return this.object.getMetadata().getName();
		}

		String id() {
			return this.object.getKind() + "/" + name();
		}

		Map<String, String> podLabels() {
			return this.template.getMetadata().getLabels();
		}

		/** Whether a label selector (matchLabels) selects this workload's pods. */
		boolean selectedBy(Map<String, String> matchLabels) {
			return matchLabels != null && !matchLabels.isEmpty()
					&& podLabels().entrySet().containsAll(matchLabels.entrySet());
		}

	}

}
