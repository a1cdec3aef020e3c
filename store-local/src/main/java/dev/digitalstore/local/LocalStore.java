package dev.digitalstore.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.digitalstore.localpostgres.ConnectionSettings;
import dev.digitalstore.localpostgres.PostgresSource;

/**
 * The whole store on one machine: PostgreSQL, the backend and the shop, started in that
 * order and stopped in the reverse one. {@code ./run-store} runs {@link #main}; tests use
 * {@link #start(LocalStoreSettings)} and {@link #close()}.
 */
public final class LocalStore implements AutoCloseable {

	/** The apps shut down gracefully within 20 s (spring.lifecycle). */
	private static final Duration STOP_GRACE = Duration.ofSeconds(30);

	private final LocalStoreSettings settings;

	private final Object lock = new Object();

	private boolean stopping;

	private LocalDatabase database;

	private AppLaunch launch;

	private AppProcess backend;

	private AppProcess shop;

	private LocalStore(LocalStoreSettings settings) {
		this.settings = settings;
	}

	public static LocalStore start(LocalStoreSettings settings) {
		LocalStore store = new LocalStore(settings);
		try {
			store.startAll();
			return store;
		}
		catch (RuntimeException ex) {
			store.close();
			throw ex;
		}
	}

	public static void main(String[] args) {
		LocalStore store;
		try {
			store = new LocalStore(LocalStoreSettings.forThisMachine());
			// Registered first: Ctrl-C while starting stops what has started so far.
			Runtime.getRuntime().addShutdownHook(new Thread(store::close, "local-store-stop"));
			store.startAll();
		}
		catch (LaunchException ex) {
			Console.say(ex.getMessage());
			System.exit(1);
			return;
		}
		Banner.lines(store).forEach(Console::say);
		AppProcess ended = store.firstAppToExit();
		if (store.isStopping()) {
			// Ctrl-C: the shutdown hook stops the rest.
			return;
		}
		int exitCode = ended.exitValue();
		if (exitCode == 130) {
			// Ctrl-C in the terminal reached the app too.
			System.exit(0);
		}
		Console.say("The " + ended.name() + " stopped unexpectedly (exit code " + exitCode + ")" + ended.whereToLook());
		Console.say("Stopping the rest of the store.");
		System.exit(1);
	}

	public String shopUrl() {
		return this.launch.shopUrl();
	}

	public String apiUrl() {
		return this.launch.apiUrl();
	}

	public ConnectionSettings databaseSettings() {
		return this.database.connectionSettings();
	}

	public LocalStoreSettings settings() {
		return this.settings;
	}

	/** The apps' processes (while running; for checks that nothing is left behind). */
	List<ProcessHandle> appProcesses() {
		return Stream.of(this.backend, this.shop).filter(Objects::nonNull).map(AppProcess::handle).toList();
	}

	String databaseDescription() {
		return this.database.description();
	}

	private void startAll() {
		StartChecks.verify(this.settings);
		Path data = createDirectory(this.settings.dataDirectory());
		if (this.settings.logDirectory() != null) {
			createDirectory(this.settings.logDirectory());
		}
		PostgresSource source = PostgresSource.current();
		Console.say("Starting PostgreSQL (" + source.name().toLowerCase() + ")...");
		whileStarting(() -> this.database = LocalDatabase.start(source, data.resolve("postgres"),
				this.settings.databasePort()));
		this.launch = new AppLaunch(this.settings, this.database.connectionSettings());
		Console.say("Starting the backend (" + this.launch.apiUrl() + ") and the shop (" + this.launch.shopUrl() + ")"
				+ ((this.settings.logDirectory() != null) ? ", logs in " + this.settings.logDirectory() : "") + "...");
		whileStarting(() -> this.backend = startApp("backend", this.settings.backendPort(), AppLaunch.BACKEND_JAR,
				this.launch.backendEnvironment()));
		whileStarting(() -> this.shop = startApp("shop", this.settings.shopPort(), AppLaunch.SHOP_JAR,
				this.launch.shopEnvironment()));
		this.backend.awaitReady(this.settings.startTimeout(), this::isStopping);
		this.shop.awaitReady(this.settings.startTimeout(), this::isStopping);
	}

	private AppProcess startApp(String name, int port, String jar, Map<String, String> environment) {
		Path log = (this.settings.logDirectory() != null) ? this.settings.logDirectory().resolve(name + ".log") : null;
		return AppProcess.start(name, port, this.launch.command(jar), environment, log);
	}

	/**
	 * Runs a start step unless the store is being stopped, never at the same time as a
	 * stop.
	 */
	private <T> T whileStarting(Supplier<T> step) {
		synchronized (this.lock) {
			if (this.stopping) {
				throw new LaunchException("Stopped while starting.");
			}
			return step.get();
		}
	}

	private boolean isStopping() {
		synchronized (this.lock) {
			return this.stopping;
		}
	}

	/** Blocks until the backend or the shop exits, and returns that one. */
	private AppProcess firstAppToExit() {
		return (AppProcess) CompletableFuture
			.anyOf(this.backend.onExit().thenApply((process) -> this.backend),
					this.shop.onExit().thenApply((process) -> this.shop))
			.join();
	}

	/**
	 * Stops the shop, then the backend (each gracefully, killed if it takes too long),
	 * then PostgreSQL. Safe to call more than once and while starting.
	 */
	@Override
	public void close() {
		List<AppProcess> apps;
		LocalDatabase db;
		synchronized (this.lock) {
			if (this.stopping) {
				return;
			}
			this.stopping = true;
			apps = Stream.of(this.shop, this.backend).filter(Objects::nonNull).toList();
			db = this.database;
		}
		if (db == null) {
			return;
		}
		Console.say("Stopping the store...");
		apps.forEach((app) -> app.stop(STOP_GRACE));
		try {
			db.close();
		}
		catch (RuntimeException ex) {
			Console.say("Could not stop PostgreSQL cleanly: " + ex.getMessage());
		}
		Console.say("Stopped.");
	}

	private static Path createDirectory(Path directory) {
		try {
			return Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
