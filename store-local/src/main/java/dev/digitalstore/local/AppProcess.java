package dev.digitalstore.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * One of the store's apps, running as a child JVM from its Boot jar: its output goes to
 * the terminal (prefixed with its name) or to a log file, its last lines are kept for
 * error messages, and it is ready when its readiness probe says so.
 */
final class AppProcess {

	private static final int KEPT_LINES = 40;

	private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final int port;

	private final Process process;

	private final Path logFile;

	private final Deque<String> lastLines = new ArrayDeque<>();

	private final Thread pump;

	private AppProcess(String name, int port, Process process, Path logFile) {
		this.name = name;
		this.port = port;
		this.process = process;
		this.logFile = logFile;
		this.pump = new Thread(this::pumpOutput, name + "-output");
		// Never keeps the launcher alive; stop() waits for it to pass on the last lines.
		this.pump.setDaemon(true);
	}

	/**
	 * Starts {@code java [jvmOptions] -jar jar} with the launcher's environment plus
	 * {@code environment}.
	 * @param logFile where its output goes, or {@code null} for the terminal
	 */
	static AppProcess start(String name, int port, List<String> command, Map<String, String> environment,
			Path logFile) {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		try {
			AppProcess app = new AppProcess(name, port, builder.start(), logFile);
			app.pump.start();
			return app;
		}
		catch (IOException ex) {
			throw new LaunchException("Could not start the " + name + ": " + ex.getMessage(), ex);
		}
	}

	String name() {
		return this.name;
	}

	ProcessHandle handle() {
		return this.process.toHandle();
	}

	CompletableFuture<Process> onExit() {
		return this.process.onExit();
	}

	int exitValue() {
		return this.process.exitValue();
	}

	/**
	 * Waits until the app answers its readiness probe (started, migrated, database
	 * reachable). Fails when it dies first, takes too long, or {@code cancelled} says the
	 * store is being stopped.
	 */
	void awaitReady(Duration timeout, BooleanSupplier cancelled) {
		URI probe = URI.create("http://127.0.0.1:" + this.port + "/actuator/health/readiness");
		Instant deadline = Instant.now().plus(timeout);
		while (!ready(probe)) {
			if (!this.process.isAlive()) {
				throw new LaunchException("The " + this.name + " stopped while starting (exit code "
						+ this.process.exitValue() + ")" + whereToLook());
			}
			if (cancelled.getAsBoolean()) {
				throw new LaunchException("Stopped while the " + this.name + " was starting.");
			}
			if (Instant.now().isAfter(deadline)) {
				throw new LaunchException(
						"The " + this.name + " was not ready after " + timeout.toSeconds() + " s" + whereToLook());
			}
			pause();
		}
	}

	/**
	 * Asks the app to stop (SIGTERM: a graceful shutdown that lets requests finish), and
	 * kills it if it has not stopped in time.
	 */
	void stop(Duration grace) {
		if (!this.process.isAlive()) {
			return;
		}
		// SIGTERM through the handle: Process.destroy() would also close the pipe the app
		// is still
		// writing its shutdown to.
		this.process.toHandle().destroy();
		try {
			if (!this.process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
				Console.say("The " + this.name + " did not stop within " + grace.toSeconds() + " s: killing it.");
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
			// Its last words (the graceful shutdown) may still be in the pipe.
			this.pump.join(2000);
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * On the terminal its lines are just above; from a log file, the last ones are
	 * quoted.
	 */
	String whereToLook() {
		return (this.logFile != null) ? ". Its last lines (all in " + this.logFile + "):\n" + lastLines()
				: ": see its lines above.";
	}

	private String lastLines() {
		synchronized (this.lastLines) {
			return String.join("\n", this.lastLines);
		}
	}

	private void pumpOutput() {
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(this.process.getInputStream(), StandardCharsets.UTF_8));
				Writer file = (this.logFile != null) ? Files.newBufferedWriter(this.logFile, StandardCharsets.UTF_8)
						: null) {
			for (String line = output.readLine(); line != null; line = output.readLine()) {
				keep(line);
				if (file != null) {
					file.write(line);
					file.write(System.lineSeparator());
					file.flush();
				}
				else {
					Console.line(this.name, line);
				}
			}
		}
		catch (IOException ex) {
			// The process is gone: nothing more to read.
		}
	}

	private void keep(String line) {
		synchronized (this.lastLines) {
			if (this.lastLines.size() == KEPT_LINES) {
				this.lastLines.removeFirst();
			}
			this.lastLines.addLast(line);
		}
	}

	private static boolean ready(URI probe) {
		try {
			HttpResponse<Void> response = PROBE.send(
					HttpRequest.newBuilder(probe).timeout(Duration.ofSeconds(2)).GET().build(),
					HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LaunchException("Interrupted while waiting for the apps", ex);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(250);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LaunchException("Interrupted while waiting for the apps", ex);
		}
	}

}
