package dev.digitalstore.platform.k8s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The laptop cluster: PostgreSQL in the cluster, secrets from a local file, nginx. */
class LocalOverlayTest {

	private final Rendered local = Platform.render("local");

	@Test
	void postgresIsAStatefulSetWithItsOwnVolumeAndAService() {
		StatefulSet postgres = this.local.one(StatefulSet.class, "postgres");
		Service service = this.local.one(Service.class, "postgres");

		assertThat(postgres.getSpec().getReplicas()).isOne();
		assertThat(postgres.getSpec().getServiceName()).isEqualTo("postgres");
		assertThat(postgres.getSpec().getVolumeClaimTemplates()).singleElement()
			.satisfies((claim) -> assertThat(claim.getSpec().getResources().getRequests()).containsKey("storage"));
		assertThat(postgres.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser()).isEqualTo(999L);
		assertThat(service.getSpec().getPorts()).singleElement()
			.satisfies((port) -> assertThat(port.getPort()).isEqualTo(5432));
	}

	@Test
	void postgresProbesAskPgIsReady() {
		Container postgres = this.local.one(StatefulSet.class, "postgres")
			.getSpec()
			.getTemplate()
			.getSpec()
			.getContainers()
			.get(0);

		for (Probe probe : List.of(postgres.getStartupProbe(), postgres.getLivenessProbe(),
				postgres.getReadinessProbe())) {
			assertThat(probe.getExec().getCommand()).first().isEqualTo("pg_isready");
		}
	}

	@Test
	void theBackendReachesThePostgresServiceWithCredentialsFromTheLocalEnvFile() throws IOException {
		Properties example = new Properties();
		try (var reader = Files.newBufferedReader(Platform.sourceDir().resolve("overlays/local/secrets.example.env"))) {
			example.load(reader);
		}
		Map<String, String> data = this.local.one(Secret.class, secretOf("store-backend")).getData();

		assertThat(data.keySet()).containsExactlyInAnyOrderElementsOf(example.stringPropertyNames());
		assertThat(this.local.environment("store-backend")).containsEntry("SPRING_DATASOURCE_URL",
				"jdbc:postgresql://postgres:5432/store");
		assertThat(Platform.sourceDir().resolve("../.gitignore")).content().contains("*.env", "!*.example.env");
	}

	@Test
	void everyAppConnectsWithTheCredentialsPostgresIsCreatedWith() {
		Container postgres = this.local.one(StatefulSet.class, "postgres")
			.getSpec()
			.getTemplate()
			.getSpec()
			.getContainers()
			.get(0);
		String user = secretValue(postgres, "POSTGRES_USER");
		String password = secretValue(postgres, "POSTGRES_PASSWORD");

		for (String app : Platform.apps()) {
			Map<String, String> secret = this.local.one(Secret.class, secretOf(app)).getData();
			assertThat(decode(secret.get("SPRING_DATASOURCE_USERNAME"))).as(app).isEqualTo(user);
			assertThat(decode(secret.get("SPRING_DATASOURCE_PASSWORD"))).as(app).isEqualTo(password);
		}
	}

	@Test
	void nginxRoutesTheApiToTheBackendAndEverythingElseToTheShop() {
		Ingress ingress = this.local.one(Ingress.class, "digital-store");

		assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
		// nginx picks the longest matching prefix: /api/... goes to the backend, the rest
		// to the shop.
		assertThat(ingress.getSpec().getRules()).singleElement()
			.satisfies((rule) -> assertThat(rule.getHttp().getPaths())
				.extracting((path) -> path.getPath() + " " + path.getPathType() + " -> "
						+ path.getBackend().getService().getName() + ":"
						+ path.getBackend().getService().getPort().getName())
				.containsExactlyInAnyOrder("/api Prefix -> store-backend:http", "/ Prefix -> store-frontend:http"));
	}

	private String secretOf(String app) {
		return this.local.workload(app)
			.template()
			.getSpec()
			.getContainers()
			.get(0)
			.getEnvFrom()
			.stream()
			.filter((source) -> source.getSecretRef() != null)
			.findFirst()
			.orElseThrow()
			.getSecretRef()
			.getName();
	}

	private String secretValue(Container container, String variable) {
		var reference = container.getEnv()
			.stream()
			.filter((env) -> env.getName().equals(variable))
			.findFirst()
			.orElseThrow()
			.getValueFrom()
			.getSecretKeyRef();
		return decode(this.local.one(Secret.class, reference.getName()).getData().get(reference.getKey()));
	}

	private static String decode(String base64) {
		return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
	}

}
