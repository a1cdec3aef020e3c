package dev.digitalstore.platform.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An image as Jib's {@code buildTar} writes it (an OCI image layout in a tar): its
 * configuration, its layers, and its root filesystem unpacked the way a container runtime
 * stacks the layers.
 */
final class ContainerImage {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Path directory;

	private final String reference;

	private final JsonNode config;

	private final List<Path> layers;

	private ContainerImage(Path directory, String reference, JsonNode config, List<Path> layers) {
		this.directory = directory;
		this.reference = reference;
		this.config = config;
		this.layers = layers;
	}

	/**
	 * Unpacks the image tar into a directory and reads its index, manifest and config.
	 */
	static ContainerImage read(Path tar, Path directory) {
		Path layout = directory.resolve("layout");
		run(List.of("mkdir", "-p", layout.toString()));
		run(List.of("tar", "-xf", tar.toString(), "-C", layout.toString()));
		JsonNode index = readJson(layout.resolve("index.json")).path("manifests").get(0);
		JsonNode manifest = readJson(blob(layout, index.path("digest").asString()));
		JsonNode config = readJson(blob(layout, manifest.path("config").path("digest").asString()));
		List<Path> layers = new ArrayList<>();
		manifest.path("layers").forEach((layer) -> layers.add(blob(layout, layer.path("digest").asString())));
		String reference = index.path("annotations").path("org.opencontainers.image.ref.name").asString("");
		return new ContainerImage(directory, reference, config, layers);
	}

	/** The name and tag the image was built as (registry/repository:tag). */
	String reference() {
		return this.reference;
	}

	List<String> entrypoint() {
		return strings(this.config.path("config").path("Entrypoint"));
	}

	List<String> command() {
		return strings(this.config.path("config").path("Cmd"));
	}

	String user() {
		return this.config.path("config").path("User").asString("");
	}

	String workingDir() {
		String dir = this.config.path("config").path("WorkingDir").asString("");
		return dir.isEmpty() ? "/" : dir;
	}

	Map<String, String> environment() {
		Map<String, String> environment = new TreeMap<>();
		for (String entry : strings(this.config.path("config").path("Env"))) {
			int equals = entry.indexOf('=');
			environment.put(entry.substring(0, equals), entry.substring(equals + 1));
		}
		return environment;
	}

	Map<String, String> labels() {
		Map<String, String> labels = new TreeMap<>();
		this.config.path("config")
			.path("Labels")
			.properties()
			.forEach((e) -> labels.put(e.getKey(), e.getValue().asString()));
		return labels;
	}

	List<String> layerHistory() {
		List<String> history = new ArrayList<>();
		this.config.path("history").forEach((entry) -> {
			if (!entry.path("empty_layer").asBoolean(false)) {
				history.add(entry.path("comment").asString(entry.path("created_by").asString("")));
			}
		});
		return history;
	}

	/** The paths each layer holds, lowest layer first. */
	List<List<String>> layerContents() {
		List<List<String>> contents = new ArrayList<>();
		for (Path layer : this.layers) {
			contents.add(List.of(run(List.of("tar", "-tzf", layer.toString())).split("\n")));
		}
		return contents;
	}

	/** Removes the unpacked layout and root filesystem (hundreds of megabytes). */
	void delete() {
		run(List.of("rm", "-rf", this.directory.resolve("layout").toString(),
				this.directory.resolve("rootfs").toString()));
	}

	/**
	 * Stacks the layers into a root filesystem (owners and modes kept), honouring
	 * whiteouts.
	 */
	Path unpack() {
		Path rootfs = this.directory.resolve("rootfs");
		run(List.of("mkdir", "-p", rootfs.toString()));
		for (Path layer : this.layers) {
			run(List.of("tar", "-xzf", layer.toString(), "-C", rootfs.toString(), "--numeric-owner",
					"--same-permissions"));
			applyWhiteouts(rootfs);
		}
		return rootfs;
	}

	private static void applyWhiteouts(Path rootfs) {
		try (Stream<Path> files = Files.walk(rootfs)) {
			for (Path whiteout : files.filter((f) -> f.getFileName().toString().startsWith(".wh.")).toList()) {
				String name = whiteout.getFileName().toString();
				if (name.equals(".wh..wh..opq")) {
					throw new IllegalStateException("Opaque whiteouts are not supported: " + whiteout);
				}
				run(List.of("rm", "-rf", whiteout.resolveSibling(name.substring(".wh.".length())).toString(),
						whiteout.toString()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Path blob(Path layout, String digest) {
		return layout.resolve("blobs").resolve(digest.replace(':', '/'));
	}

	private static JsonNode readJson(Path file) {
		try {
			return JSON.readTree(Files.readString(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((value) -> values.add(value.asString()));
		return values;
	}

	static String run(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
			}
			return output;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
