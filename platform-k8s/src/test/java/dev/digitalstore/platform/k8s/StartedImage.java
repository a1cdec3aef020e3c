package dev.digitalstore.platform.k8s;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An app's image, unpacked and running through its own entrypoint on a free port until it
 * is ready, as the kubelet's readiness probe would see it.
 */
record StartedImage(String app, ContainerImage image, RunningImage running, ProcessHandle java,
		int port) implements AutoCloseable {

	private static final System.Logger log = System.getLogger(StartedImage.class.getName());

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static final Duration STARTUP_DEADLINE = Duration.ofMinutes(3);

	/**
	 * Starts the image with the given environment, its port, and the memory limit of its
	 * manifest (-XX:MaxRAM, as the container's cgroup would tell the JVM).
	 */
	static StartedImage start(ContainerImage image, Map<String, String> environment) throws Exception {
		String app = image.labels().get("org.opencontainers.image.title");
		long started = System.nanoTime();
		Path rootfs = image.unpack();
		report(app + " image unpacked", started);
		int port = freePort();
		Map<String, String> variables = new HashMap<>(environment);
		variables.put("SERVER_PORT", Integer.toString(port));
		variables.put("JAVA_TOOL_OPTIONS", "-XX:MaxRAM=" + Platform.memoryLimit(app));
		RunningImage running = RunningImage.start(image, rootfs, variables, rootfs.resolveSibling("container.log"));
		try {
			long booting = System.nanoTime();
			awaitReady(running, port);
			report(app + " ready", booting);
			return new StartedImage(app, image, running, running.entrypoint("java").orElseThrow(), port);
		}
		catch (Exception | AssertionError ex) {
			running.close();
			image.delete();
			throw ex;
		}
	}

	HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(10));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, String json, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	JsonNode readiness() throws IOException, InterruptedException {
		return JsonMapper.builder().build().readTree(get("/actuator/health/readiness").body());
	}

	/**
	 * SIGTERM to the entrypoint, as the kubelet sends it; the container's exit code, or
	 * empty if it outlived the grace period.
	 */
	Optional<Integer> stop(Duration gracePeriod) throws InterruptedException {
		long stopping = System.nanoTime();
		Optional<Integer> exitCode = this.running.stop(this.java, gracePeriod);
		report(this.app + " stopped", stopping);
		return exitCode;
	}

	@Override
	public void close() throws InterruptedException {
		this.running.close();
		this.image.delete();
	}

	private static void awaitReady(RunningImage running, int port) throws InterruptedException {
		long deadline = System.nanoTime() + STARTUP_DEADLINE.toNanos();
		HttpRequest probe = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(5))
			.build();
		while (System.nanoTime() < deadline) {
			if (!running.isAlive()) {
				throw new AssertionError("The container exited before it was ready:\n" + tail(running.log()));
			}
			try {
				if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			Thread.sleep(500);
		}
		throw new AssertionError("Not ready within " + STARTUP_DEADLINE + ":\n" + tail(running.log()));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	static String tail(String text) {
		return text.substring(Math.max(0, text.length() - 6000));
	}

	static void report(String what, long startedNanos) {
		log.log(System.Logger.Level.INFO, "{0} in {1} ms", what, (System.nanoTime() - startedNanos) / 1_000_000);
	}

}
