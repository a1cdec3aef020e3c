package dev.digitalstore.platform.k8s;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every workload of every overlay is probed, sized, hardened and pinned. */
class WorkloadPolicyTest {

	static final List<String> OVERLAYS = Platform.OVERLAYS;

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void everyContainerHasLivenessReadinessAndStartupProbes(String overlay) {
		WorkloadPolicies.probes(Platform.render(overlay)).assertNone();
	}

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void appsProbeTheirActuatorHealthGroups(String overlay) {
		WorkloadPolicies.actuatorProbes(Platform.render(overlay), Platform.apps()).assertNone();
	}

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void everyContainerRequestsAndLimitsCpuAndMemory(String overlay) {
		WorkloadPolicies.resources(Platform.render(overlay)).assertNone();
	}

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void everyPodRunsHardened(String overlay) {
		WorkloadPolicies.securityContext(Platform.render(overlay)).assertNone();
	}

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void appsFinishTheirGracefulShutdownBeforeBeingKilled(String overlay) {
		WorkloadPolicies.gracefulShutdown(Platform.render(overlay), Platform.apps(), Platform::shutdownPhase)
			.assertNone();
	}

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void imagesArePinnedAndInAwsToACommitOrRelease(String overlay) {
		WorkloadPolicies.imageTags(Platform.render(overlay), Platform.AWS_OVERLAYS.contains(overlay)).assertNone();
	}

}
