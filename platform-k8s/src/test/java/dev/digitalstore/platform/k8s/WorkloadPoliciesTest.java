package dev.digitalstore.platform.k8s;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workload policies catch what they are there for (a policy that cannot fail is no
 * policy).
 */
class WorkloadPoliciesTest {

	private static final Rendered CARELESS = new Rendered("fixture", Manifests.parse("""
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
			      terminationGracePeriodSeconds: 20
			      containers:
			        - name: web
			          image: example/web:latest
			          livenessProbe:
			            httpGet: {path: /actuator/health, port: 8080}
			          resources:
			            requests: {cpu: 100m, memory: 256Mi}
			            limits: {memory: 512Mi}
			          securityContext:
			            allowPrivilegeEscalation: true
			          lifecycle:
			            preStop:
			              sleep: {seconds: 10}
			"""));

	@Test
	void missingProbesAreReported() {
		assertThat(WorkloadPolicies.probes(CARELESS).found()).containsExactly(
				"fixture Deployment/web/web: no readiness probe", "fixture Deployment/web/web: no startup probe");
	}

	@Test
	void probesOutsideTheHealthGroupsAreReported() {
		assertThat(WorkloadPolicies.actuatorProbes(CARELESS, List.of("web")).found()).containsExactly(
				"fixture web: liveness probe is not /actuator/health/liveness",
				"fixture web: readiness probe is not /actuator/health/readiness",
				"fixture web: startup probe is not /actuator/health/liveness");
	}

	@Test
	void missingLimitsAndOvercommittedMemoryAreReported() {
		assertThat(WorkloadPolicies.resources(CARELESS).found()).containsExactly(
				"fixture Deployment/web/web: no cpu limit",
				"fixture Deployment/web/web: memory request differs from its limit");
	}

	@Test
	void everyMissingHardeningIsReported() {
		assertThat(WorkloadPolicies.securityContext(CARELESS).found()).containsExactly(
				"fixture Deployment/web: the service-account token is mounted",
				"fixture Deployment/web/web: runAsNonRoot is not set",
				"fixture Deployment/web/web: seccomp profile is not RuntimeDefault",
				"fixture Deployment/web/web: privilege escalation is allowed",
				"fixture Deployment/web/web: the root filesystem is writable",
				"fixture Deployment/web/web: capabilities are not all dropped",
				"fixture Deployment/web/web: /tmp is not a writable emptyDir");
	}

	@Test
	void aGracePeriodShorterThanPreStopPlusShutdownIsReported() {
		assertThat(WorkloadPolicies.gracefulShutdown(CARELESS, List.of("web"), (app) -> Duration.ofSeconds(20)).found())
			.containsExactly(
					"fixture web: terminationGracePeriodSeconds 20 is not above preStop + shutdown phase (30 s)");
	}

	@Test
	void latestAndMutableTagsAreReported() {
		assertThat(WorkloadPolicies.imageTags(CARELESS, false).found())
			.containsExactly("fixture Deployment/web: image example/web:latest has no fixed tag");
		assertThat(WorkloadPolicies.imageTags(CARELESS, true).found())
			.contains("fixture Deployment/web: image example/web:latest is not tagged with a commit or a release");
	}

}
