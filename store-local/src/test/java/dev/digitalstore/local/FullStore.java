package dev.digitalstore.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

import dev.digitalstore.shop.pages.Browser;

/**
 * The store the full-stack tests talk to, started through the launcher's own code: real
 * PostgreSQL, the backend and the shop from their Boot jars ({@code target/apps}). One
 * for the whole test run (starting one takes about half a minute): the first test class
 * starts it, JUnit stops it when the run ends. Its data directory is fresh each run, its
 * ports are free ones, so it runs beside a developer's store; the apps' logs are in
 * {@code target/full-store/logs}.
 * <p>
 * Tests take the running {@link LocalStore} as a constructor or method parameter. A
 * failed test leaves a screenshot of the browser
 * ({@code target/screenshots/NN-FAILED-...}).
 */
class FullStore implements BeforeAllCallback, ParameterResolver, TestWatcher {

	/** A test-only administrator, given to the backend by the launcher. */
	static final String ADMIN_EMAIL = "admin@store-local.test";

	static final String ADMIN_PASSWORD = "full-stack-test-admin-password";

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FullStore.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		running(context);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		Class<?> type = parameter.getParameter().getType();
		return type == LocalStore.class || type == Restartable.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		if (parameter.getParameter().getType() == Restartable.class) {
			running(context);
			return new Restartable(context.getRoot().getStore(NAMESPACE));
		}
		return running(context);
	}

	/** What the browser showed when a test failed, beside the steps' screenshots. */
	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		Browser.screenshot("FAILED-" + context.getRequiredTestMethod().getName());
	}

	private static LocalStore running(ExtensionContext context) {
		// Kept in the root context: closed (AutoCloseable) once, after the last test.
		return context.getRoot()
			.getStore(NAMESPACE)
			.computeIfAbsent(LocalStore.class, (key) -> start(), LocalStore.class);
	}

	private static LocalStore start() {
		Path directory = Path.of("target", "full-store").toAbsolutePath();
		deleteRecursively(directory);
		return LocalStore.start(LocalStoreSettings.isolated(directory,
				Path.of(System.getProperty("store.local.apps", "target/apps")), ADMIN_EMAIL, ADMIN_PASSWORD));
	}

	/**
	 * The run's store, for the test that stops and starts it again on the same data (a
	 * second store of its own would cost the run another half minute).
	 */
	static final class Restartable {

		private final ExtensionContext.Store store;

		private Restartable(ExtensionContext.Store store) {
			this.store = store;
		}

		LocalStore current() {
			return this.store.get(LocalStore.class, LocalStore.class);
		}

		/** Stops the store (as Ctrl-C does). */
		LocalStoreSettings stop() {
			LocalStore stopped = current();
			stopped.close();
			return stopped.settings();
		}

		/**
		 * Starts it again with the same settings and data: the tests after use this one.
		 */
		LocalStore startAgain(LocalStoreSettings settings) {
			LocalStore started = LocalStore.start(settings);
			this.store.put(LocalStore.class, started);
			return started;
		}

	}

	private static void deleteRecursively(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
