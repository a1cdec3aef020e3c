package dev.digitalstore.platform.k8s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

import dev.digitalstore.platform.k8s.Rendered.Workload;

/**
 * Everything that points at something else in an overlay points at something that exists:
 * selectors select pods, names name objects, ports name ports.
 */
final class ReferencePolicies {

	private ReferencePolicies() {
	}

	static Violations services(Rendered rendered) {
		Violations violations = new Violations();
		for (Service service : rendered.all(Service.class)) {
			String where = rendered.overlay() + " Service/" + service.getMetadata().getName();
			Map<String, String> selector = service.getSpec().getSelector();
			List<Workload> selected = rendered.workloads().stream().filter((w) -> w.selectedBy(selector)).toList();
			violations.check(!selected.isEmpty(), "%s: its selector %s matches no pod template", where, selector);
			for (ServicePort port : service.getSpec().getPorts()) {
				IntOrString target = Objects.requireNonNullElse(port.getTargetPort(), new IntOrString(port.getPort()));
				for (Workload workload : selected) {
					violations.check(hasPort(workload.template().getSpec(), target),
							"%s: port %s targets %s, not a port of %s", where, port.getName(), text(target),
							workload.id());
				}
			}
		}
		return violations;
	}

	static Violations networkPolicies(Rendered rendered) {
		Violations violations = new Violations();
		for (NetworkPolicy policy : rendered.all(NetworkPolicy.class)) {
			String where = rendered.overlay() + " NetworkPolicy/" + policy.getMetadata().getName();
			LabelSelector podSelector = policy.getSpec().getPodSelector();
			List<Workload> selected = rendered.workloads()
				.stream()
				.filter((workload) -> matches(podSelector, workload.podLabels()))
				.toList();
			violations.check(!selected.isEmpty(), "%s: selects no pods", where);
			List<NetworkPolicyPeer> peers = Stream
				.concat(policy.getSpec().getIngress().stream().flatMap((rule) -> rule.getFrom().stream()),
						policy.getSpec().getEgress().stream().flatMap((rule) -> rule.getTo().stream()))
				.toList();
			for (NetworkPolicyPeer peer : peers) {
				if (peer.getPodSelector() != null && peer.getNamespaceSelector() == null) {
					violations.check(
							rendered.workloads()
								.stream()
								.anyMatch((w) -> matches(peer.getPodSelector(), w.podLabels())),
							"%s: peer %s matches no pods in the namespace", where,
							peer.getPodSelector().getMatchLabels());
				}
			}
			List<NetworkPolicyPort> ports = policy.getSpec()
				.getIngress()
				.stream()
				.flatMap((rule) -> rule.getPorts().stream())
				.toList();
			for (NetworkPolicyPort port : ports) {
				for (Workload workload : selected) {
					violations.check(port.getPort() == null || hasPort(workload.template().getSpec(), port.getPort()),
							"%s: allows port %s, not a port of %s", where, text(port.getPort()), workload.id());
				}
			}
		}
		return violations;
	}

	static Violations autoscalersAndBudgets(Rendered rendered) {
		Violations violations = new Violations();
		for (HorizontalPodAutoscaler autoscaler : rendered.all(HorizontalPodAutoscaler.class)) {
			var target = autoscaler.getSpec().getScaleTargetRef();
			String where = rendered.overlay() + " HorizontalPodAutoscaler/" + autoscaler.getMetadata().getName();
			var workload = rendered.workloads()
				.stream()
				.filter((w) -> w.object().getKind().equals(target.getKind()) && w.name().equals(target.getName()))
				.findFirst();
			violations.check(workload.isPresent(), "%s: scales %s/%s, which does not exist", where, target.getKind(),
					target.getName());
			workload.ifPresent((w) -> autoscaler.getSpec().getMetrics().forEach((metric) -> {
				String resource = metric.getResource().getName();
				violations.check(
						w.template()
							.getSpec()
							.getContainers()
							.stream()
							.allMatch((c) -> c.getResources() != null
									&& c.getResources().getRequests().containsKey(resource)),
						"%s: scales on %s, which %s does not request", where, resource, w.id());
			}));
		}
		for (PodDisruptionBudget budget : rendered.all(PodDisruptionBudget.class)) {
			violations.check(
					rendered.workloads()
						.stream()
						.anyMatch((w) -> matches(budget.getSpec().getSelector(), w.podLabels())),
					"%s PodDisruptionBudget/%s: selects no pods", rendered.overlay(), budget.getMetadata().getName());
		}
		return violations;
	}

	static Violations podReferences(Rendered rendered) {
		Violations violations = new Violations();
		Set<String> configMaps = names(rendered.all(ConfigMap.class).stream().map((c) -> c.getMetadata().getName()));
		Set<String> secrets = secretNames(rendered);
		Set<String> accounts = names(rendered.all(ServiceAccount.class).stream().map((a) -> a.getMetadata().getName()));
		Set<String> claims = names(
				rendered.all(PersistentVolumeClaim.class).stream().map((c) -> c.getMetadata().getName()));
		for (Workload workload : rendered.workloads()) {
			String where = rendered.overlay() + " " + workload.id();
			PodSpec pod = workload.template().getSpec();
			if (pod.getServiceAccountName() != null) {
				violations.check(accounts.contains(pod.getServiceAccountName()),
						"%s: service account %s does not exist", where, pod.getServiceAccountName());
			}
			for (Container container : pod.getContainers()) {
				for (EnvFromSource source : container.getEnvFrom()) {
					if (source.getConfigMapRef() != null) {
						violations.check(configMaps.contains(source.getConfigMapRef().getName()),
								"%s: ConfigMap %s does not exist", where, source.getConfigMapRef().getName());
					}
					if (source.getSecretRef() != null) {
						violations.check(secrets.contains(source.getSecretRef().getName()),
								"%s: Secret %s does not exist (nor an ExternalSecret making it)", where,
								source.getSecretRef().getName());
					}
				}
				for (EnvVar variable : container.getEnv()) {
					if (variable.getValueFrom() != null && variable.getValueFrom().getSecretKeyRef() != null) {
						violations.check(secrets.contains(variable.getValueFrom().getSecretKeyRef().getName()),
								"%s: %s reads Secret %s, which does not exist", where, variable.getName(),
								variable.getValueFrom().getSecretKeyRef().getName());
					}
					if (variable.getValueFrom() != null && variable.getValueFrom().getConfigMapKeyRef() != null) {
						violations.check(configMaps.contains(variable.getValueFrom().getConfigMapKeyRef().getName()),
								"%s: %s reads ConfigMap %s, which does not exist", where, variable.getName(),
								variable.getValueFrom().getConfigMapKeyRef().getName());
					}
				}
			}
			Set<String> templates = (workload.object() instanceof StatefulSet statefulSet) ? names(
					statefulSet.getSpec().getVolumeClaimTemplates().stream().map((t) -> t.getMetadata().getName()))
					: Set.of();
			for (Volume volume : pod.getVolumes()) {
				if (volume.getPersistentVolumeClaim() != null) {
					violations.check(claims.contains(volume.getPersistentVolumeClaim().getClaimName()),
							"%s: claim %s does not exist", where, volume.getPersistentVolumeClaim().getClaimName());
				}
				if (volume.getConfigMap() != null) {
					violations.check(configMaps.contains(volume.getConfigMap().getName()),
							"%s: ConfigMap %s does not exist", where, volume.getConfigMap().getName());
				}
				if (volume.getSecret() != null) {
					violations.check(secrets.contains(volume.getSecret().getSecretName()),
							"%s: Secret %s does not exist", where, volume.getSecret().getSecretName());
				}
			}
			for (Container container : pod.getContainers()) {
				for (var mount : container.getVolumeMounts()) {
					violations.check(
							templates.contains(mount.getName())
									|| pod.getVolumes().stream().anyMatch((v) -> v.getName().equals(mount.getName())),
							"%s: mounts volume %s, which is not declared", where, mount.getName());
				}
			}
		}
		return violations;
	}

	static Violations ingressesAndMonitors(Rendered rendered) {
		Violations violations = new Violations();
		for (Ingress ingress : rendered.all(Ingress.class)) {
			String where = rendered.overlay() + " Ingress/" + ingress.getMetadata().getName();
			for (IngressRule rule : ingress.getSpec().getRules()) {
				for (HTTPIngressPath path : rule.getHttp().getPaths()) {
					var backend = path.getBackend().getService();
					if ("use-annotation".equals(backend.getPort().getName())) {
						// An AWS Load Balancer Controller action, defined in an
						// annotation.
						violations.check(
								ingress.getMetadata()
									.getAnnotations()
									.containsKey("alb.ingress.kubernetes.io/actions." + backend.getName()),
								"%s: %s uses action %s, which is not defined", where, path.getPath(),
								backend.getName());
						continue;
					}
					var service = rendered.all(Service.class)
						.stream()
						.filter((s) -> s.getMetadata().getName().equals(backend.getName()))
						.findFirst();
					violations.check(service.isPresent(), "%s: %s goes to Service %s, which does not exist", where,
							path.getPath(), backend.getName());
					service.ifPresent((s) -> violations.check(
							s.getSpec()
								.getPorts()
								.stream()
								.anyMatch((p) -> Objects.equals(p.getName(), backend.getPort().getName())
										|| Objects.equals(p.getPort(), backend.getPort().getNumber())),
							"%s: %s goes to a port Service %s does not have", where, path.getPath(),
							backend.getName()));
				}
			}
		}
		for (GenericKubernetesResource monitor : rendered.custom("ServiceMonitor")) {
			String where = rendered.overlay() + " ServiceMonitor/" + monitor.getMetadata().getName();
			Map<String, String> selector = monitor.get("spec", "selector", "matchLabels");
			List<Map<String, Object>> endpoints = monitor.get("spec", "endpoints");
			List<Service> services = rendered.all(Service.class)
				.stream()
				.filter((s) -> s.getMetadata().getLabels() != null
						&& s.getMetadata().getLabels().entrySet().containsAll(selector.entrySet()))
				.toList();
			violations.check(!services.isEmpty(), "%s: selects no Service", where);
			for (Service service : services) {
				for (Map<String, Object> endpoint : endpoints) {
					violations.check(
							service.getSpec()
								.getPorts()
								.stream()
								.anyMatch((p) -> endpoint.get("port").equals(p.getName())),
							"%s: Service %s has no port named %s", where, service.getMetadata().getName(),
							endpoint.get("port"));
				}
			}
		}
		for (GenericKubernetesResource externalSecret : rendered.custom("ExternalSecret")) {
			String store = externalSecret.get("spec", "secretStoreRef", "name");
			violations.check(rendered.find("SecretStore", store).isPresent(),
					"%s ExternalSecret/%s: SecretStore %s does not exist", rendered.overlay(),
					externalSecret.getMetadata().getName(), store);
		}
		return violations;
	}

	/** Secrets in the overlay, and those External Secrets makes. */
	static Set<String> secretNames(Rendered rendered) {
		List<String> names = new ArrayList<>();
		rendered.all(Secret.class).forEach((secret) -> names.add(secret.getMetadata().getName()));
		for (GenericKubernetesResource externalSecret : rendered.custom("ExternalSecret")) {
			String target = externalSecret.get("spec", "target", "name");
			names.add((target != null) ? target : externalSecret.getMetadata().getName());
		}
		return Set.copyOf(names);
	}

	static boolean matches(LabelSelector selector, Map<String, String> labels) {
		if (selector == null) {
			return false;
		}
		if (selector.getMatchLabels() != null && !labels.entrySet().containsAll(selector.getMatchLabels().entrySet())) {
			return false;
		}
		for (LabelSelectorRequirement requirement : selector.getMatchExpressions()) {
			String value = labels.get(requirement.getKey());
			boolean ok = switch (requirement.getOperator()) {
				case "In" -> requirement.getValues().contains(value);
				case "NotIn" -> !requirement.getValues().contains(value);
				case "Exists" -> value != null;
				case "DoesNotExist" -> value == null;
				default -> throw new IllegalArgumentException("Unknown operator " + requirement.getOperator());
			};
			if (!ok) {
				return false;
			}
		}
		return true;
	}

	private static boolean hasPort(PodSpec pod, IntOrString port) {
		for (Container container : pod.getContainers()) {
			for (ContainerPort containerPort : container.getPorts()) {
				if ((port.getStrVal() != null && port.getStrVal().equals(containerPort.getName()))
						|| (port.getIntVal() != null && port.getIntVal().equals(containerPort.getContainerPort()))) {
					return true;
				}
			}
		}
		return false;
	}

	private static String text(IntOrString value) {
		return (value == null) ? "any" : (value.getStrVal() != null) ? value.getStrVal() : value.getIntVal().toString();
	}

	private static Set<String> names(Stream<String> names) {
		return names.collect(Collectors.toSet());
	}

}
