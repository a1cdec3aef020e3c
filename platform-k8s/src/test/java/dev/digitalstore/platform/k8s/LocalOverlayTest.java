package dev.digitalstore.platform.k8s;

import java.io.IOException;
import java.nio.file.Files;
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
		String secretName = this.local.workload("store-backend")
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
		Map<String, String> data = this.local.one(Secret.class, secretName).getData();

		assertThat(data.keySet()).containsExactlyInAnyOrderElementsOf(example.stringPropertyNames());
		assertThat(this.local.environment("store-backend")).containsEntry("SPRING_DATASOURCE_URL",
				"jdbc:postgresql://postgres:5432/store");
		assertThat(Platform.sourceDir().resolve("../.gitignore")).content().contains("*.env", "!*.example.env");
	}

	@Test
	void nginxRoutesTheApiToTheBackend() {
		Ingress ingress = this.local.one(Ingress.class, "digital-store");

		assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
		assertThat(ingress.getSpec().getRules()).singleElement()
			.satisfies((rule) -> assertThat(rule.getHttp().getPaths()).anySatisfy((path) -> {
				assertThat(path.getPath()).isEqualTo("/api");
				assertThat(path.getBackend().getService().getName()).isEqualTo("store-backend");
			}));
	}

}
