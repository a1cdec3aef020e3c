package dev.digitalstore.platform.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The platform's kustomize tree as an operator uses it: copied once into {@code target/}
 * (with the local overlay's git-ignored secrets file made from its example) and rendered
 * with {@code kubectl kustomize}, the same code {@code kubectl apply -k} runs.
 */
final class Platform {

	static final List<String> OVERLAYS = List.of("local", "staging", "production");

	static final List<String> AWS_OVERLAYS = List.of("staging", "production");

	private static final Map<String, String> YAML = new ConcurrentHashMap<>();

	private static final Map<String, Rendered> RENDERED = new ConcurrentHashMap<>();

	private static Path workingCopy;

	private Platform() {
	}

	/** The platform-k8s module in the source tree. */
	static Path sourceDir() {
		return Path.of(System.getProperty("platform.dir", ".")).toAbsolutePath().normalize();
	}

	/** The apps whose Dekorate manifests the build collected into base/generated. */
	static List<String> apps() {
		try (Stream<Path> files = Files.list(sourceDir().resolve("base/generated"))) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".yml"))
				.map((name) -> name.substring(0, name.length() - ".yml".length()))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No app manifests: run ./mvnw -pl platform-k8s -am package", ex);
		}
	}

	static Path generatedManifest(String app) {
		return sourceDir().resolve("base/generated/" + app + ".yml");
	}

	/** The memory limit of the app's container, in bytes, as Dekorate generated it. */
	static long memoryLimit(String app) {
		try {
			Deployment deployment = Manifests.parse(Files.readString(generatedManifest(app)))
				.stream()
				.filter(Deployment.class::isInstance)
				.map(Deployment.class::cast)
				.findFirst()
				.orElseThrow();
			Quantity limit = deployment.getSpec()
				.getTemplate()
				.getSpec()
				.getContainers()
				.get(0)
				.getResources()
				.getLimits()
				.get("memory");
			return Quantity.getAmountInBytes(limit).longValueExact();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** How long Spring waits for each shutdown phase in the app (its application.yml). */
	static Duration shutdownPhase(String app) {
		Path settings = sourceDir().resolveSibling(app).resolve("src/main/resources/application.yml");
		try {
			JsonNode root = YAMLMapper.builder().build().readTree(Files.readString(settings));
			String value = root.path("spring").path("lifecycle").path("timeout-per-shutdown-phase").asString("30s");
			return parseDuration(value);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Duration parseDuration(String value) {
		if (value.endsWith("ms")) {
			return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
		}
		long amount = Long.parseLong(value.substring(0, value.length() - 1));
		return switch (value.charAt(value.length() - 1)) {
			case 's' -> Duration.ofSeconds(amount);
			case 'm' -> Duration.ofMinutes(amount);
			default -> throw new IllegalArgumentException("Unsupported duration " + value);
		};
	}

	static Rendered render(String overlay) {
		return RENDERED.computeIfAbsent(overlay, (name) -> new Rendered(name, Manifests.parse(yaml(name))));
	}

	/** The overlay's output as kubectl apply -k would send it. */
	static String yaml(String overlay) {
		return YAML.computeIfAbsent(overlay, (name) -> kustomize(workingCopy().resolve("overlays/" + name)));
	}

	/**
	 * A private copy of the whole tree, for tests that change a setting and render again.
	 */
	static Path copyTo(Path target) {
		copyTree(workingCopy(), target);
		return target;
	}

	static synchronized Path workingCopy() {
		if (workingCopy == null) {
			Path target = sourceDir().resolve("target/kustomize");
			deleteTree(target);
			copyTree(sourceDir().resolve("base"), target.resolve("base"));
			copyTree(sourceDir().resolve("components"), target.resolve("components"));
			copyTree(sourceDir().resolve("overlays"), target.resolve("overlays"));
			// The local overlay's git-ignored env files, as a developer makes them from
			// the examples.
			try (Stream<Path> files = Files.list(target.resolve("overlays/local"))) {
				for (Path example : files.filter((f) -> f.toString().endsWith(".example.env")).toList()) {
					String name = example.getFileName().toString();
					Files.copy(example, example.resolveSibling(name.replace(".example.env", ".env")));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			workingCopy = target;
		}
		return workingCopy;
	}

	static String kustomize(Path directory) {
		try {
			Path output = Files.createTempFile("kustomize", ".yaml");
			Process process = new ProcessBuilder("kubectl", "kustomize", directory.toString())
				.redirectOutput(output.toFile())
				.redirectError(ProcessBuilder.Redirect.PIPE)
				.start();
			String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("kubectl kustomize " + directory + " failed: " + errors);
			}
			String yaml = Files.readString(output);
			Files.delete(output);
			return yaml;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("kubectl (with kustomize) must be on the PATH", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void copyTree(Path source, Path target) {
		try (Stream<Path> paths = Files.walk(source)) {
			for (Path path : paths.toList()) {
				String name = path.getFileName().toString();
				// Never a developer's real secrets: only the committed examples travel.
				if (name.endsWith(".env") && !name.endsWith(".example.env")) {
					continue;
				}
				Path copy = target.resolve(source.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(copy);
				}
				else {
					Files.copy(path, copy);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteTree(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
