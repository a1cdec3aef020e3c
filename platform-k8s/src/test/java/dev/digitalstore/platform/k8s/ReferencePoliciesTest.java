package dev.digitalstore.platform.k8s;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference policies catch dangling names and selectors. */
class ReferencePoliciesTest {

	private static final Rendered DANGLING = new Rendered("fixture", Manifests.parse("""
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
			      serviceAccountName: web
			      containers:
			        - name: web
			          image: example/web:1.0.0
			          ports: [{name: http, containerPort: 8080}]
			          envFrom:
			            - configMapRef: {name: web-settings}
			            - secretRef: {name: web-secrets}
			---
			apiVersion: v1
			kind: Service
			metadata:
			  name: web
			  labels: {app: web}
			spec:
			  selector: {app: web, version: "1.0.0"}
			  ports: [{name: http, port: 80, targetPort: http}]
			---
			apiVersion: v1
			kind: Service
			metadata:
			  name: api
			spec:
			  selector: {app: web}
			  ports: [{name: http, port: 80, targetPort: web}]
			---
			apiVersion: networking.k8s.io/v1
			kind: NetworkPolicy
			metadata:
			  name: api
			spec:
			  podSelector:
			    matchLabels: {app: api}
			---
			apiVersion: networking.k8s.io/v1
			kind: NetworkPolicy
			metadata:
			  name: web
			spec:
			  podSelector:
			    matchLabels: {app: web}
			  ingress:
			    - from: [{podSelector: {matchLabels: {app: frontend}}}]
			      ports: [{port: metrics}]
			---
			apiVersion: autoscaling/v2
			kind: HorizontalPodAutoscaler
			metadata:
			  name: web
			spec:
			  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: website}
			  maxReplicas: 3
			---
			apiVersion: policy/v1
			kind: PodDisruptionBudget
			metadata:
			  name: web
			spec:
			  maxUnavailable: 1
			  selector:
			    matchLabels: {app: website}
			---
			apiVersion: networking.k8s.io/v1
			kind: Ingress
			metadata:
			  name: web
			spec:
			  rules:
			    - host: example.com
			      http:
			        paths:
			          - path: /
			            pathType: Prefix
			            backend: {service: {name: website, port: {name: http}}}
			          - path: /admin
			            pathType: Prefix
			            backend: {service: {name: forbid-admin, port: {name: use-annotation}}}
			---
			apiVersion: monitoring.coreos.com/v1
			kind: ServiceMonitor
			metadata:
			  name: web
			spec:
			  selector:
			    matchLabels: {app: web}
			  endpoints: [{port: metrics}]
			---
			apiVersion: external-secrets.io/v1
			kind: ExternalSecret
			metadata:
			  name: web
			spec:
			  secretStoreRef: {kind: SecretStore, name: vault}
			  target: {name: web-secrets}
			"""));

	@Test
	void aServiceSelectingNoPodsOrAMissingPortIsReported() {
		assertThat(ReferencePolicies.services(DANGLING).found()).containsExactly(
				"fixture Service/web: its selector {app=web, version=1.0.0} matches no pod template",
				"fixture Service/api: port http targets web, not a port of Deployment/web");
	}

	@Test
	void networkPoliciesForPodsThatDoNotExistAreReported() {
		assertThat(ReferencePolicies.networkPolicies(DANGLING).found()).containsExactly(
				"fixture NetworkPolicy/api: selects no pods",
				"fixture NetworkPolicy/web: peer {app=frontend} matches no pods in the namespace",
				"fixture NetworkPolicy/web: allows port metrics, not a port of Deployment/web");
	}

	@Test
	void autoscalersAndBudgetsForMissingWorkloadsAreReported() {
		assertThat(ReferencePolicies.autoscalersAndBudgets(DANGLING).found()).containsExactly(
				"fixture HorizontalPodAutoscaler/web: scales Deployment/website, which does not exist",
				"fixture PodDisruptionBudget/web: selects no pods");
	}

	@Test
	void missingConfigMapsAndServiceAccountsAreReportedButExternalSecretsCount() {
		assertThat(ReferencePolicies.podReferences(DANGLING).found()).containsExactly(
				"fixture Deployment/web: service account web does not exist",
				"fixture Deployment/web: ConfigMap web-settings does not exist");
	}

	@Test
	void ingressMonitorAndExternalSecretTargetsThatDoNotExistAreReported() {
		assertThat(ReferencePolicies.ingressesAndMonitors(DANGLING).found()).containsExactly(
				"fixture Ingress/web: / goes to Service website, which does not exist",
				"fixture Ingress/web: /admin uses action forbid-admin, which is not defined",
				"fixture ServiceMonitor/web: Service web has no port named metrics",
				"fixture ExternalSecret/web: SecretStore vault does not exist");
	}

}
