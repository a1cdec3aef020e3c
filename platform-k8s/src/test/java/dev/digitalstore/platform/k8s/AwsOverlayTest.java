package dev.digitalstore.platform.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Staging and production on EKS: TLS, IRSA, RDS through External Secrets, zones. */
class AwsOverlayTest {

	static final List<String> AWS_OVERLAYS = Platform.AWS_OVERLAYS;

	@ParameterizedTest
	@FieldSource("AWS_OVERLAYS")
	void theLoadBalancerServesHttpsWithTheAcmCertificateAndRedirectsHttp(String overlay) {
		Ingress ingress = Platform.render(overlay).one(Ingress.class, "digital-store");
		Map<String, String> annotations = ingress.getMetadata().getAnnotations();

		assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("alb");
		assertThat(annotations).containsEntry("alb.ingress.kubernetes.io/scheme", "internet-facing")
			.containsEntry("alb.ingress.kubernetes.io/ssl-redirect", "443")
			.containsEntry("alb.ingress.kubernetes.io/listen-ports", "[{\"HTTP\": 80}, {\"HTTPS\": 443}]");
		assertThat(annotations.get("alb.ingress.kubernetes.io/certificate-arn"))
			.matches("arn:aws:acm:[a-z0-9-]+:\\d{12}:certificate/[0-9a-f-]+");
		List<String> hosts = ingress.getSpec().getRules().stream().map((rule) -> rule.getHost()).toList();
		assertThat(ingress.getSpec().getTls()).singleElement()
			.satisfies((tls) -> assertThat(tls.getHosts()).containsExactlyInAnyOrderElementsOf(hosts));
	}

	@ParameterizedTest
	@FieldSource("AWS_OVERLAYS")
	void theLoadBalancerBlocksActuatorThenRoutesTheApiToTheBackendAndTheRestToTheShop(String overlay) {
		Ingress ingress = Platform.render(overlay).one(Ingress.class, "digital-store");

		// The ALB evaluates its rules in this order: "/" matches everything, so it comes
		// last.
		assertThat(ingress.getSpec().getRules()).singleElement()
			.satisfies((rule) -> assertThat(rule.getHttp().getPaths())
				.extracting((path) -> path.getPath() + " " + path.getPathType() + " -> "
						+ path.getBackend().getService().getName() + ":"
						+ path.getBackend().getService().getPort().getName())
				.containsExactly("/actuator Prefix -> block-actuator:use-annotation",
						"/api Prefix -> store-backend:http", "/ Prefix -> store-frontend:http"));
	}

	@ParameterizedTest
	@FieldSource("AWS_OVERLAYS")
	void everySettingIsFilledInFromTheEnvironmentSettings(String overlay) {
		assertThat(Platform.yaml(overlay)).doesNotContain("from-settings").doesNotContain("environment-settings");
	}

	@ParameterizedTest
	@FieldSource("AWS_OVERLAYS")
	void theBackendUsesS3ThroughIrsaWithoutAKubernetesToken(String overlay) {
		Rendered rendered = Platform.render(overlay);
		ServiceAccount account = rendered.one(ServiceAccount.class, "store-backend");
		PodSpec pod = rendered.workload("store-backend").template().getSpec();
		Map<String, String> environment = rendered.environment("store-backend");
		String region = rendered.custom("SecretStore").get(0).get("spec", "provider", "aws", "region");

		assertThat(account.getMetadata().getAnnotations().get("eks.amazonaws.com/role-arn"))
			.matches("arn:aws:iam::\\d{12}:role/digital-store-" + overlay + "-store-backend");
		assertThat(account.getAutomountServiceAccountToken()).isFalse();
		assertThat(pod.getServiceAccountName()).isEqualTo("store-backend");
		assertThat(pod.getAutomountServiceAccountToken()).isFalse();
		assertThat(environment).containsEntry("STORE_ASSETS_STORAGE", "s3")
			.containsEntry("STORE_ASSETS_BUCKET", "digital-store-" + overlay + "-assets")
			.containsEntry("AWS_REGION", region)
			.containsEntry("SMTP_HOST", "email-smtp." + region + ".amazonaws.com");
	}

	@ParameterizedTest
	@FieldSource("AWS_OVERLAYS")
	void theDatabaseIsRdsReachedInsideTheVpc(String overlay) {
		Rendered rendered = Platform.render(overlay);
		GenericKubernetesResource externalSecret = rendered.custom("ExternalSecret").get(0);
		Map<String, String> template = externalSecret.get("spec", "target", "template", "data");
		NetworkPolicy policy = rendered.one(NetworkPolicy.class, "store-backend");

		assertThat(template.get("SPRING_DATASOURCE_URL"))
			.isEqualTo("jdbc:postgresql://{{ .host }}:{{ .port }}/{{ .dbname }}?sslmode=require");
		assertThat(template).containsKeys("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD",
				"STORE_JWT_SECRET", "STORE_PAYMENT_WEBHOOK_SECRET", "STORE_DELIVERY_TOKEN_SECRET",
				"STORE_ORDER_TOKEN_SECRET");
		assertThat(policy.getSpec().getEgress()).anySatisfy((rule) -> {
			assertThat(rule.getTo()).singleElement()
				.satisfies((peer) -> assertThat(peer.getIpBlock().getCidr()).matches("10\\.\\d+\\.0\\.0/16"));
			assertThat(rule.getPorts()).singleElement()
				.satisfies((port) -> assertThat(port.getPort().getIntVal()).isEqualTo(5432));
		});
	}

	@ParameterizedTest
	@FieldSource("AWS_OVERLAYS")
	void appsSpreadOverAvailabilityZones(String overlay) {
		Rendered rendered = Platform.render(overlay);
		int minimum = overlay.equals("production") ? 3 : 2;
		for (String app : Platform.apps()) {
			List<TopologySpreadConstraint> spread = rendered.workload(app)
				.template()
				.getSpec()
				.getTopologySpreadConstraints();
			HorizontalPodAutoscaler autoscaler = rendered.all(HorizontalPodAutoscaler.class)
				.stream()
				.filter((hpa) -> hpa.getSpec().getScaleTargetRef().getName().equals(app))
				.findFirst()
				.orElseThrow();

			assertThat(autoscaler.getSpec().getMinReplicas()).as("%s %s replicas", overlay, app)
				.isGreaterThanOrEqualTo(minimum);
			assertThat(spread).as("%s %s zone spread", overlay, app).anySatisfy((constraint) -> {
				assertThat(constraint.getTopologyKey()).isEqualTo("topology.kubernetes.io/zone");
				assertThat(constraint.getWhenUnsatisfiable()).isEqualTo("DoNotSchedule");
				assertThat(constraint.getMatchLabelKeys()).contains("app.kubernetes.io/name");
			});
		}
	}

	@Test
	void theDomainIsOneSettingThatChangesEveryPlaceItAppears(@TempDir Path directory) throws IOException {
		Path tree = Platform.copyTo(directory.resolve("platform"));
		Path settings = tree.resolve("overlays/production/settings.yaml");
		String original = Files.readString(settings);
		Files.writeString(settings, original.replace("  domain: store.example.com", "  domain: shop.example.org"));

		String yaml = Platform.kustomize(tree.resolve("overlays/production"));
		Rendered rendered = new Rendered("production", Manifests.parse(yaml));
		Ingress ingress = rendered.one(Ingress.class, "digital-store");

		assertThat(original).contains("  domain: store.example.com");
		assertThat(yaml).doesNotContain("store.example.com");
		assertThat(ingress.getSpec().getRules())
			.allSatisfy((rule) -> assertThat(rule.getHost()).isEqualTo("shop.example.org"));
		assertThat(ingress.getSpec().getTls().get(0).getHosts()).containsExactly("shop.example.org");
		assertThat(rendered.environment("store-backend"))
			.containsEntry("STORE_PUBLIC_BASE_URL", "https://shop.example.org")
			.containsEntry("STORE_MAIL_FROM", "orders@shop.example.org");
	}

}
