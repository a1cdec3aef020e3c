package dev.digitalstore.platform.k8s;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import dev.digitalstore.platform.k8s.NetworkPaths.Endpoint;

import static dev.digitalstore.platform.k8s.NetworkPaths.allowed;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the shop (store-frontend) brings to every overlay: it calls the backend through
 * the backend's Service, keeps its sessions in the store's database, and the network lets
 * exactly that through (the generic policies cover the rest, for every app).
 */
class FrontendWiringTest {

	static final List<String> OVERLAYS = Platform.OVERLAYS;

	static final List<String> AWS_OVERLAYS = Platform.AWS_OVERLAYS;

	private static final Endpoint PROMETHEUS = Endpoint.pod("monitoring",
			Map.of("app.kubernetes.io/name", "prometheus"), "10.0.250.9");

	private static final Endpoint INTERNET = Endpoint.address("203.0.113.10");

	@ParameterizedTest
	@FieldSource("OVERLAYS")
	void theShopCallsTheBackendThroughTheBackendsServicePort(String overlay) {
		Rendered rendered = Platform.render(overlay);
		URI backendUrl = URI.create(rendered.environment("store-frontend").get("SHOP_BACKEND_BASE_URL"));
		Service service = rendered.one(Service.class, backendUrl.getHost());
		int port = (backendUrl.getPort() != -1) ? backendUrl.getPort() : 80;
		ContainerPort http = rendered.workload("store-backend")
			.template()
			.getSpec()
			.getContainers()
			.get(0)
			.getPorts()
			.stream()
			.filter((containerPort) -> "http".equals(containerPort.getName()))
			.findFirst()
			.orElseThrow();

		assertThat(backendUrl.getScheme()).isEqualTo("http");
		assertThat(backendUrl.getPath()).as("the API's root, without /api").isEmpty();
		assertThat(rendered.workload("store-backend").selectedBy(service.getSpec().getSelector())).isTrue();
		assertThat(service.getSpec().getPorts()).as("a Service port %s to the backend's http port", port)
			.anySatisfy((servicePort) -> {
				assertThat(servicePort.getPort()).isEqualTo(port);
				assertThat(targets(servicePort.getTargetPort(), http)).isTrue();
			});
	}

	@Test
	void locallyTheShopKeepsItsSessionsInTheClustersPostgres() {
		Rendered local = Platform.render("local");

		assertThat(local.environment("store-frontend").get("SPRING_DATASOURCE_URL"))
			.isEqualTo(local.environment("store-backend").get("SPRING_DATASOURCE_URL"));
	}

	@ParameterizedTest
	@FieldSource("AWS_OVERLAYS")
	void inAwsTheShopGetsTheStoresRdsCredentialsAndNoOtherSecret(String overlay) {
		Rendered rendered = Platform.render(overlay);
		GenericKubernetesResource shop = externalSecret(rendered, "store-frontend");
		GenericKubernetesResource api = externalSecret(rendered, "store-backend");
		Map<String, String> shopSecret = shop.get("spec", "target", "template", "data");
		Map<String, String> apiSecret = api.get("spec", "target", "template", "data");
		List<Map<String, Map<String, String>>> shopSources = shop.get("spec", "dataFrom");
		List<Map<String, Map<String, String>>> apiSources = api.get("spec", "dataFrom");

		assertThat((String) shop.get("spec", "target", "name")).isEqualTo("store-frontend");
		assertThat(shopSecret).containsOnlyKeys("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
				"SPRING_DATASOURCE_PASSWORD");
		assertThat(shopSecret.get("SPRING_DATASOURCE_URL")).isEqualTo(apiSecret.get("SPRING_DATASOURCE_URL"))
			.endsWith("?sslmode=require");
		assertThat(shopSources).singleElement()
			.satisfies((source) -> assertThat(source.get("extract").get("key"))
				.isEqualTo("digital-store/" + overlay + "/database")
				.isEqualTo(apiSources.get(0).get("extract").get("key")));
	}

	@Test
	void locallyShoppersReachTheShopThroughNginxAndTheShopReachesTheBackendAndPostgres() {
		Rendered local = Platform.render("local");
		Endpoint nginx = Endpoint.pod("ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx"), "10.244.0.5");
		Endpoint shop = Endpoint.pod(local, "store-frontend", "10.244.1.10");
		Endpoint api = Endpoint.pod(local, "store-backend", "10.244.1.11");
		Endpoint postgres = Endpoint.pod(local, "postgres", "10.244.1.12");
		Endpoint otherNamespace = Endpoint.pod("default", Map.of("app", "curl"), "10.244.2.3");

		assertThat(allowed(local, nginx, shop, 8080)).as("ingress controller to the shop").isTrue();
		assertThat(allowed(local, PROMETHEUS, shop, 8080)).as("Prometheus to the shop").isTrue();
		assertThat(allowed(local, shop, api, 8080)).as("the shop to the backend").isTrue();
		assertThat(allowed(local, shop, postgres, 5432)).as("the shop to its sessions").isTrue();
		assertThat(allowed(local, otherNamespace, shop, 8080)).as("another namespace to the shop").isFalse();
		assertThat(allowed(local, api, shop, 8080)).as("the backend to the shop").isFalse();
		assertThat(allowed(local, shop, INTERNET, 443)).as("the shop to the internet").isFalse();
	}

	@ParameterizedTest
	@FieldSource("AWS_OVERLAYS")
	void inAwsTheLoadBalancerReachesTheShopAndTheShopReachesTheBackendAndRds(String overlay) throws IOException {
		Rendered rendered = Platform.render(overlay);
		String vpc = vpcCidr(overlay);
		Endpoint loadBalancer = Endpoint.address(inVpc(vpc, "1.10"));
		Endpoint rds = Endpoint.address(inVpc(vpc, "21.7"));
		Endpoint shop = Endpoint.pod(rendered, "store-frontend", inVpc(vpc, "12.34"));
		Endpoint api = Endpoint.pod(rendered, "store-backend", inVpc(vpc, "13.5"));

		assertThat(allowed(rendered, loadBalancer, shop, 8080)).as("the ALB to the shop").isTrue();
		assertThat(allowed(rendered, PROMETHEUS, shop, 8080)).as("Prometheus to the shop").isTrue();
		assertThat(allowed(rendered, shop, api, 8080)).as("the shop to the backend").isTrue();
		assertThat(allowed(rendered, shop, rds, 5432)).as("the shop to its sessions on RDS").isTrue();
		assertThat(allowed(rendered, INTERNET, shop, 8080)).as("the internet to the shop, around the ALB").isFalse();
		assertThat(allowed(rendered, api, shop, 8080)).as("the backend to the shop").isFalse();
		assertThat(allowed(rendered, shop, INTERNET, 443)).as("the shop to the internet").isFalse();
	}

	private static boolean targets(IntOrString targetPort, ContainerPort port) {
		return (targetPort.getStrVal() != null) ? targetPort.getStrVal().equals(port.getName())
				: targetPort.getIntVal().equals(port.getContainerPort());
	}

	private static GenericKubernetesResource externalSecret(Rendered rendered, String name) {
		return rendered.custom("ExternalSecret")
			.stream()
			.filter((secret) -> name.equals(secret.getMetadata().getName()))
			.findFirst()
			.orElseThrow(() -> new AssertionError(rendered.overlay() + ": no ExternalSecret " + name));
	}

	/**
	 * The environment's VPC, from its settings (not deployed, so not in the rendering).
	 */
	private static String vpcCidr(String overlay) throws IOException {
		String settings = Files.readString(Platform.sourceDir().resolve("overlays/" + overlay + "/settings.yaml"));
		return ((ConfigMap) Manifests.parse(settings).get(0)).getData().get("vpc-cidr");
	}

	/** An address of a /16 VPC: its first two octets and the given last two. */
	private static String inVpc(String cidr, String host) {
		assertThat(cidr).matches("\\d+\\.\\d+\\.0\\.0/16");
		String[] octets = cidr.split("[./]");
		return octets[0] + "." + octets[1] + "." + host;
	}

}
