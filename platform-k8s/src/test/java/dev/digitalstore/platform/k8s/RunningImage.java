package dev.digitalstore.platform.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A container image's own entrypoint, running from its unpacked layers through
 * {@code src/test/smoke/run-image.sh} (namespaces, chroot, its user, read-only root).
 */
final class RunningImage implements AutoCloseable {

	private final Process launcher;

	private final Path log;

	private RunningImage(Process launcher, Path log) {
		this.launcher = launcher;
		this.log = log;
	}

	/**
	 * Starts the image's entrypoint and command with exactly the image's environment plus
	 * the given variables, as a pod's container would.
	 */
	static RunningImage start(ContainerImage image, Path rootfs, Map<String, String> environment, Path log) {
		String[] user = image.user().split(":");
		List<String> command = new ArrayList<>(
				List.of("bash", Platform.sourceDir().resolve("src/test/smoke/run-image.sh").toString(),
						rootfs.toString(), user[0], (user.length > 1) ? user[1] : user[0], image.workingDir()));
		command.addAll(image.entrypoint());
		command.addAll(image.command());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		builder.environment().clear();
		builder.environment().putAll(image.environment());
		builder.environment().putAll(environment);
		try {
			return new RunningImage(builder.start(), log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The entrypoint's process as the host sees it (PID 1 in its own PID namespace). */
	Optional<ProcessHandle> entrypoint(String executable) {
		return this.launcher.descendants()
			.filter((process) -> executable.equals(commandLine(process).stream().findFirst().orElse("")))
			.findFirst();
	}

	boolean isAlive() {
		return this.launcher.isAlive();
	}

	String log() {
		try {
			return Files.readString(this.log, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Sends SIGTERM to the entrypoint, as the kubelet does, and waits for the container
	 * to end. Returns its exit code, or empty if it outlived the grace period.
	 */
	Optional<Integer> stop(ProcessHandle entrypoint, Duration gracePeriod) throws InterruptedException {
		entrypoint.destroy();
		if (!this.launcher.waitFor(gracePeriod.toMillis(), TimeUnit.MILLISECONDS)) {
			return Optional.empty();
		}
		return Optional.of(this.launcher.exitValue());
	}

	@Override
	public void close() throws InterruptedException {
		if (this.launcher.isAlive()) {
			this.launcher.descendants().forEach(ProcessHandle::destroyForcibly);
			this.launcher.destroyForcibly();
			this.launcher.waitFor(30, TimeUnit.SECONDS);
		}
	}

	static List<String> commandLine(ProcessHandle process) {
		try {
			byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline"));
			return List.of(new String(raw, StandardCharsets.UTF_8).split("\0"));
		}
		catch (IOException ex) {
			return List.of();
		}
	}

	/** The real user and group ids and the supplementary groups of a process. */
	static String credentials(ProcessHandle process) {
		try {
			StringBuilder credentials = new StringBuilder();
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
				if (line.startsWith("Uid:") || line.startsWith("Gid:") || line.startsWith("Groups:")) {
					credentials.append(line.replaceAll("\\s+", " ").trim()).append('\n');
				}
			}
			return credentials.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
