package dev.digitalstore.local;

/**
 * A Java agent the launcher gives the apps it starts
 * ({@code -javaagent:store-local-agent.jar}): when the launcher process ends without
 * stopping them (killed, crashed), the app stops itself the normal way (shutdown hooks,
 * graceful shutdown) instead of running on unowned. Needs nothing but the JDK: it runs
 * inside the apps' JVMs.
 */
public final class ParentWatch {

	private ParentWatch() {
	}

	public static void premain(String arguments) {
		ProcessHandle.current().parent().ifPresent((launcher) -> launcher.onExit().thenRun(() -> {
			System.err.println("The local store's launcher (pid " + launcher.pid() + ") is gone: stopping.");
			System.exit(1);
		}));
	}

}
