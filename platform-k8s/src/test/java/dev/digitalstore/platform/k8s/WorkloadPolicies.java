package dev.digitalstore.platform.k8s;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.function.Function;

import dev.digitalstore.platform.k8s.Rendered.Workload;

/**
 * What every workload (the apps and the rest, PostgreSQL locally) must satisfy: hardened,
 * sized, probed, pinned. Each check lists all its violations in a rendered overlay.
 */
final class WorkloadPolicies {

	/** A tag names exactly one build in the AWS environments: a commit or a release. */
	private static final Pattern IMMUTABLE_TAG = Pattern.compile("[0-9a-f]{12}|\\d+\\.\\d+\\.\\d+");

	private WorkloadPolicies() {
	}

	static Violations probes(Rendered rendered) {
		Violations violations = new Violations();
		String overlay = rendered.overlay();
		for (Workload workload : rendered.workloads()) {
			for (Container container : workload.template().getSpec().getContainers()) {
				String where = overlay + " " + workload.id() + "/" + container.getName();
				violations.check(container.getLivenessProbe() != null, "%s: no liveness probe", where);
				violations.check(container.getReadinessProbe() != null, "%s: no readiness probe", where);
				violations.check(container.getStartupProbe() != null, "%s: no startup probe", where);
			}
		}
		return violations;
	}

	static Violations actuatorProbes(Rendered rendered, List<String> apps) {
		Violations violations = new Violations();
		String overlay = rendered.overlay();
		for (String app : apps) {
			Container container = appContainer(rendered.workload(app));
			violations.check("/actuator/health/liveness".equals(httpPath(container.getLivenessProbe())),
					"%s %s: liveness probe is not /actuator/health/liveness", overlay, app);
			violations.check("/actuator/health/readiness".equals(httpPath(container.getReadinessProbe())),
					"%s %s: readiness probe is not /actuator/health/readiness", overlay, app);
			violations.check("/actuator/health/liveness".equals(httpPath(container.getStartupProbe())),
					"%s %s: startup probe is not /actuator/health/liveness", overlay, app);
		}
		return violations;
	}

	static Violations resources(Rendered rendered) {
		Violations violations = new Violations();
		String overlay = rendered.overlay();
		for (Workload workload : rendered.workloads()) {
			for (Container container : workload.template().getSpec().getContainers()) {
				String where = overlay + " " + workload.id() + "/" + container.getName();
				Map<String, Quantity> requests = (container.getResources() != null)
						? container.getResources().getRequests() : null;
				Map<String, Quantity> limits = (container.getResources() != null) ? container.getResources().getLimits()
						: null;
				for (String resource : List.of("cpu", "memory")) {
					violations.check(requests != null && requests.containsKey(resource), "%s: no %s request", where,
							resource);
					violations.check(limits != null && limits.containsKey(resource), "%s: no %s limit", where,
							resource);
				}
				if (requests != null && limits != null && requests.containsKey("memory")
						&& limits.containsKey("memory")) {
					// The JVM sizes its heap from the limit: a node must really have that
					// memory.
					violations.check(
							Quantity.getAmountInBytes(requests.get("memory"))
								.compareTo(Quantity.getAmountInBytes(limits.get("memory"))) == 0,
							"%s: memory request differs from its limit", where);
				}
			}
		}
		return violations;
	}

	static Violations securityContext(Rendered rendered) {
		Violations violations = new Violations();
		String overlay = rendered.overlay();
		for (Workload workload : rendered.workloads()) {
			PodSpec pod = workload.template().getSpec();
			String where = overlay + " " + workload.id();
			PodSecurityContext podSecurity = Optional.ofNullable(pod.getSecurityContext())
				.orElseGet(PodSecurityContext::new);
			violations.check(Boolean.FALSE.equals(pod.getAutomountServiceAccountToken()),
					"%s: the service-account token is mounted", where);
			violations.check(!Boolean.TRUE.equals(pod.getHostNetwork()) && !Boolean.TRUE.equals(pod.getHostPID())
					&& !Boolean.TRUE.equals(pod.getHostIPC()), "%s: shares a host namespace", where);
			for (Container container : pod.getContainers()) {
				String at = where + "/" + container.getName();
				SecurityContext security = Optional.ofNullable(container.getSecurityContext())
					.orElseGet(SecurityContext::new);
				violations.check(
						Boolean.TRUE.equals(security.getRunAsNonRoot())
								|| Boolean.TRUE.equals(podSecurity.getRunAsNonRoot()),
						"%s: runAsNonRoot is not set", at);
				String seccomp = (security.getSeccompProfile() != null) ? security.getSeccompProfile().getType()
						: (podSecurity.getSeccompProfile() != null) ? podSecurity.getSeccompProfile().getType() : null;
				violations.check("RuntimeDefault".equals(seccomp), "%s: seccomp profile is not RuntimeDefault", at);
				violations.check(Boolean.FALSE.equals(security.getAllowPrivilegeEscalation()),
						"%s: privilege escalation is allowed", at);
				violations.check(!Boolean.TRUE.equals(security.getPrivileged()), "%s: privileged", at);
				violations.check(Boolean.TRUE.equals(security.getReadOnlyRootFilesystem()),
						"%s: the root filesystem is writable", at);
				violations.check(
						security.getCapabilities() != null && security.getCapabilities().getDrop().contains("ALL")
								&& security.getCapabilities().getAdd().isEmpty(),
						"%s: capabilities are not all dropped", at);
				violations.check(mountsEmptyDir(pod, container, "/tmp"), "%s: /tmp is not a writable emptyDir", at);
			}
		}
		return violations;
	}

	static Violations gracefulShutdown(Rendered rendered, List<String> apps, Function<String, Duration> shutdownPhase) {
		Violations violations = new Violations();
		String overlay = rendered.overlay();
		for (String app : apps) {
			Workload workload = rendered.workload(app);
			Container container = appContainer(workload);
			long preStop = (container.getLifecycle() != null && container.getLifecycle().getPreStop() != null
					&& container.getLifecycle().getPreStop().getSleep() != null)
							? container.getLifecycle().getPreStop().getSleep().getSeconds() : 0;
			violations.check(preStop > 0, "%s %s: no preStop delay for endpoints to drop the pod", overlay, app);
			Duration needed = Duration.ofSeconds(preStop).plus(shutdownPhase.apply(app));
			Long grace = workload.template().getSpec().getTerminationGracePeriodSeconds();
			violations.check(grace != null && grace > needed.toSeconds(),
					"%s %s: terminationGracePeriodSeconds %s is not above preStop + shutdown phase (%s s)", overlay,
					app, grace, needed.toSeconds());
		}
		return violations;
	}

	static Violations imageTags(Rendered rendered, boolean immutable) {
		Violations violations = new Violations();
		String overlay = rendered.overlay();
		for (Workload workload : rendered.workloads()) {
			for (Container container : workload.template().getSpec().getContainers()) {
				String image = container.getImage();
				String tag = tagOf(image);
				violations.check(tag != null && !tag.equals("latest"), "%s %s: image %s has no fixed tag", overlay,
						workload.id(), image);
				if (immutable && tag != null) {
					violations.check(IMMUTABLE_TAG.matcher(tag).matches(),
							"%s %s: image %s is not tagged with a commit or a release", overlay, workload.id(), image);
				}
			}
		}
		return violations;
	}

	static Container appContainer(Workload workload) {
		return workload.template().getSpec().getContainers().get(0);
	}

	static String httpPath(Probe probe) {
		return (probe != null && probe.getHttpGet() != null) ? probe.getHttpGet().getPath() : null;
	}

	static String tagOf(String image) {
		if (image.contains("@sha256:")) {
			return image.substring(image.indexOf('@') + 1);
		}
		int slash = image.lastIndexOf('/');
		int colon = image.lastIndexOf(':');
		return (colon > slash) ? image.substring(colon + 1) : null;
	}

	private static boolean mountsEmptyDir(PodSpec pod, Container container, String path) {
		for (VolumeMount mount : container.getVolumeMounts()) {
			if (path.equals(mount.getMountPath()) && !Boolean.TRUE.equals(mount.getReadOnly())) {
				for (Volume volume : pod.getVolumes()) {
					if (volume.getName().equals(mount.getName()) && volume.getEmptyDir() != null) {
						return true;
					}
				}
			}
		}
		return false;
	}

}
