package dev.digitalstore.platform.k8s;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** In every overlay, what points at something points at something that exists. */
class ReferencePolicyTest {

	static final List<String> OVERLAYS = Platform.OVERLAYS;

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void everyServiceSelectsPodsAndTheirPorts(String overlay) {
		ReferencePolicies.services(Platform.render(overlay)).assertNone();
	}

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void everyNetworkPolicySelectsPodsAndPeersThatExist(String overlay) {
		ReferencePolicies.networkPolicies(Platform.render(overlay)).assertNone();
	}

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void everyAutoscalerAndDisruptionBudgetTargetsAWorkload(String overlay) {
		ReferencePolicies.autoscalersAndBudgets(Platform.render(overlay)).assertNone();
	}

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void everyConfigMapSecretVolumeAndServiceAccountAPodUsesExists(String overlay) {
		ReferencePolicies.podReferences(Platform.render(overlay)).assertNone();
	}

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void ingressesMonitorsAndExternalSecretsReachWhatExists(String overlay) {
		ReferencePolicies.ingressesAndMonitors(Platform.render(overlay)).assertNone();
	}

}
