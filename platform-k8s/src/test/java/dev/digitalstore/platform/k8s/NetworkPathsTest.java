package dev.digitalstore.platform.k8s;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.digitalstore.platform.k8s.NetworkPaths.Endpoint;

import static org.assertj.core.api.Assertions.assertThat;

/** The network path check decides as a policy-enforcing CNI would, both ways. */
class NetworkPathsTest {

	private static final Rendered FIXTURE = new Rendered("fixture", Manifests.parse("""
			apiVersion: apps/v1
			kind: Deployment
			metadata: {name: web, namespace: digital-store}
			spec:
			  selector:
			    matchLabels: {app: web}
			  template:
			    metadata:
			      labels: {app: web}
			    spec:
			      containers:
			        - {name: web, image: example/web:1.0.0, ports: [{name: http, containerPort: 8080}]}
			---
			apiVersion: apps/v1
			kind: Deployment
			metadata: {name: db, namespace: digital-store}
			spec:
			  selector:
			    matchLabels: {app: db}
			  template:
			    metadata:
			      labels: {app: db}
			    spec:
			      containers:
			        - {name: db, image: example/db:1.0.0, ports: [{name: sql, containerPort: 5432}]}
			---
			apiVersion: networking.k8s.io/v1
			kind: NetworkPolicy
			metadata: {name: default-deny, namespace: digital-store}
			spec:
			  podSelector: {}
			  policyTypes: [Ingress, Egress]
			---
			apiVersion: networking.k8s.io/v1
			kind: NetworkPolicy
			metadata: {name: web, namespace: digital-store}
			spec:
			  podSelector:
			    matchLabels: {app: web}
			  policyTypes: [Ingress, Egress]
			  ingress:
			    - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ingress-nginx}}}]
			      ports: [{port: http}]
			  egress:
			    - to: [{podSelector: {matchLabels: {app: db}}}]
			      ports: [{port: 5432}]
			    - to: [{ipBlock: {cidr: 0.0.0.0/0, except: [169.254.169.254/32]}}]
			      ports: [{port: 443}]
			---
			apiVersion: networking.k8s.io/v1
			kind: NetworkPolicy
			metadata: {name: db, namespace: digital-store}
			spec:
			  podSelector:
			    matchLabels: {app: db}
			  policyTypes: [Ingress]
			  ingress:
			    - from: [{podSelector: {matchLabels: {app: web}}}]
			      ports: [{port: sql}]
			"""));

	private final Endpoint web = Endpoint.pod(FIXTURE, "web", "10.244.1.10");

	private final Endpoint db = Endpoint.pod(FIXTURE, "db", "10.244.1.11");

	private final Endpoint nginx = Endpoint.pod("ingress-nginx", Map.of("app", "nginx"), "10.244.0.5");

	@Test
	void aConnectionNeedsTheSourcesEgressAndTheDestinationsIngress() {
		assertThat(NetworkPaths.allowed(FIXTURE, this.nginx, this.web, 8080)).isTrue();
		assertThat(NetworkPaths.allowed(FIXTURE, this.web, this.db, 5432)).isTrue();
		// db may receive from web, but default-deny leaves db no egress at all.
		assertThat(NetworkPaths.allowed(FIXTURE, this.db, this.web, 8080)).isFalse();
		assertThat(NetworkPaths.allowed(FIXTURE, this.db, this.db, 5432)).isFalse();
	}

	@Test
	void peersArePodsOfTheNamespaceOtherNamespacesOrAddresses() {
		Endpoint otherNamespace = Endpoint.pod("default", Map.of("app", "web"), "10.244.2.7");

		assertThat(NetworkPaths.allowed(FIXTURE, otherNamespace, this.web, 8080)).isFalse();
		assertThat(NetworkPaths.allowed(FIXTURE, Endpoint.address("10.244.0.5"), this.web, 8080)).isFalse();
		// A pod selector alone means pods of the policy's own namespace.
		assertThat(NetworkPaths.allowed(FIXTURE, otherNamespace, this.db, 5432)).isFalse();
		assertThat(NetworkPaths.allowed(FIXTURE, this.web, Endpoint.address("203.0.113.10"), 443)).isTrue();
		assertThat(NetworkPaths.allowed(FIXTURE, this.web, Endpoint.address("169.254.169.254"), 443)).isFalse();
	}

	@Test
	void portsMustMatchByNumberOrByTheDestinationsPortName() {
		assertThat(NetworkPaths.allowed(FIXTURE, this.nginx, this.web, 9090)).isFalse();
		assertThat(NetworkPaths.allowed(FIXTURE, this.web, Endpoint.address("203.0.113.10"), 80)).isFalse();
		assertThat(NetworkPaths.allowed(FIXTURE, this.web, this.db, 5433)).isFalse();
	}

	@Test
	void addressesAreMatchedAgainstCidrBlocks() {
		assertThat(NetworkPaths.inCidr("10.1.200.3", "10.1.0.0/16")).isTrue();
		assertThat(NetworkPaths.inCidr("10.2.0.1", "10.1.0.0/16")).isFalse();
		assertThat(NetworkPaths.inCidr("203.0.113.10", "0.0.0.0/0")).isTrue();
		assertThat(NetworkPaths.inCidr("169.254.169.254", "169.254.169.254/32")).isTrue();
		assertThat(NetworkPaths.inCidr("169.254.169.253", "169.254.169.254/32")).isFalse();
	}

}
