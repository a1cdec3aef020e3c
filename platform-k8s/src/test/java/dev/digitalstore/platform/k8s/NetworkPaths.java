package dev.digitalstore.platform.k8s;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * Whether a rendered overlay's network policies let one endpoint open a TCP connection to
 * another, as a policy-enforcing CNI decides it: the source's egress and the
 * destination's ingress must both allow it (a pod no policy selects for a direction is
 * open in that direction). All policies live in the overlay's one namespace.
 */
final class NetworkPaths {

	static final String NAMESPACE = "digital-store";

	private NetworkPaths() {
	}

	/**
	 * A pod (namespace and labels, its container ports for named ports, an address) or,
	 * without a namespace, an address outside the cluster.
	 */
	record Endpoint(String namespace, Map<String, String> labels, List<ContainerPort> ports, String ip) {

		/** A workload's pod in the overlay's namespace. */
		static Endpoint pod(Rendered rendered, String workload, String ip) {
			var template = rendered.workload(workload).template();
			List<ContainerPort> ports = template.getSpec()
				.getContainers()
				.stream()
				.flatMap((container) -> container.getPorts().stream())
				.toList();
			return new Endpoint(NAMESPACE, template.getMetadata().getLabels(), ports, ip);
		}

		/** A pod of another namespace (an ingress controller, Prometheus). */
		static Endpoint pod(String namespace, Map<String, String> labels, String ip) {
			return new Endpoint(namespace, labels, List.of(), ip);
		}

		/**
		 * An address that is no pod: a load balancer, a managed database, the internet.
		 */
		static Endpoint address(String ip) {
			return new Endpoint(null, Map.of(), List.of(), ip);
		}

		boolean inPolicyNamespace() {
			return NAMESPACE.equals(this.namespace);
		}

	}

	static boolean allowed(Rendered rendered, Endpoint from, Endpoint to, int port) {
		return egressAllowed(rendered, from, to, port) && ingressAllowed(rendered, from, to, port);
	}

	private static boolean egressAllowed(Rendered rendered, Endpoint from, Endpoint to, int port) {
		if (!from.inPolicyNamespace()) {
			return true;
		}
		List<NetworkPolicy> policies = selecting(rendered, from, "Egress");
		return policies.isEmpty() || policies.stream()
			.flatMap((policy) -> policy.getSpec().getEgress().stream())
			.anyMatch((rule) -> peersMatch(rule.getTo(), to) && portsMatch(rule.getPorts(), to, port));
	}

	private static boolean ingressAllowed(Rendered rendered, Endpoint from, Endpoint to, int port) {
		if (!to.inPolicyNamespace()) {
			return true;
		}
		List<NetworkPolicy> policies = selecting(rendered, to, "Ingress");
		return policies.isEmpty() || policies.stream()
			.flatMap((policy) -> policy.getSpec().getIngress().stream())
			.anyMatch((rule) -> peersMatch(rule.getFrom(), from) && portsMatch(rule.getPorts(), to, port));
	}

	private static List<NetworkPolicy> selecting(Rendered rendered, Endpoint pod, String direction) {
		return rendered.all(NetworkPolicy.class)
			.stream()
			.filter((policy) -> ReferencePolicies.matches(policy.getSpec().getPodSelector(), pod.labels()))
			.filter((policy) -> policyTypes(policy).contains(direction))
			.toList();
	}

	private static List<String> policyTypes(NetworkPolicy policy) {
		List<String> types = policy.getSpec().getPolicyTypes();
		if (types != null && !types.isEmpty()) {
			return types;
		}
		return policy.getSpec().getEgress().isEmpty() ? List.of("Ingress") : List.of("Ingress", "Egress");
	}

	/** No peers means every peer. */
	private static boolean peersMatch(List<NetworkPolicyPeer> peers, Endpoint endpoint) {
		return peers.isEmpty() || peers.stream().anyMatch((peer) -> peerMatches(peer, endpoint));
	}

	private static boolean peerMatches(NetworkPolicyPeer peer, Endpoint endpoint) {
		if (peer.getIpBlock() != null) {
			return endpoint.ip() != null && inCidr(endpoint.ip(), peer.getIpBlock().getCidr())
					&& peer.getIpBlock().getExcept().stream().noneMatch((cidr) -> inCidr(endpoint.ip(), cidr));
		}
		if (endpoint.namespace() == null) {
			return false;
		}
		boolean namespaceMatches = (peer.getNamespaceSelector() != null) ? ReferencePolicies
			.matches(peer.getNamespaceSelector(), Map.of("kubernetes.io/metadata.name", endpoint.namespace()))
				: endpoint.inPolicyNamespace();
		return namespaceMatches && (peer.getPodSelector() == null
				|| ReferencePolicies.matches(peer.getPodSelector(), endpoint.labels()));
	}

	/** No ports means every port; a named port is the destination pod's. */
	private static boolean portsMatch(List<NetworkPolicyPort> ports, Endpoint to, int port) {
		return ports.isEmpty() || ports.stream().anyMatch((rule) -> {
			if (!"TCP".equals(Objects.requireNonNullElse(rule.getProtocol(), "TCP"))) {
				return false;
			}
			IntOrString allowed = rule.getPort();
			if (allowed == null) {
				return true;
			}
			if (allowed.getStrVal() != null) {
				return to.ports()
					.stream()
					.anyMatch((p) -> allowed.getStrVal().equals(p.getName()) && p.getContainerPort() == port);
			}
			int last = (rule.getEndPort() != null) ? rule.getEndPort() : allowed.getIntVal();
			return port >= allowed.getIntVal() && port <= last;
		});
	}

	static boolean inCidr(String ip, String cidr) {
		String[] parts = cidr.split("/");
		byte[] address = bytes(ip);
		byte[] network = bytes(parts[0]);
		int prefix = Integer.parseInt(parts[1]);
		if (address.length != network.length) {
			return false;
		}
		int bits = address.length * 8;
		BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftRight(prefix).not();
		return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
	}

	private static byte[] bytes(String literal) {
		try {
			// Literals only: InetAddress does not resolve an address written as numbers.
			return InetAddress.getByName(literal).getAddress();
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("Not an IP address: " + literal, ex);
		}
	}

}
