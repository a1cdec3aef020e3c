package dev.digitalstore.local;

import java.io.PrintStream;

/**
 * The launcher's terminal: its own messages, prefixed {@code [store]}, and the apps'
 * output lines with theirs. A command-line tool, so standard output is its interface.
 */
final class Console {

	private static final PrintStream OUT = System.out;

	private Console() {
	}

	static void say(String message) {
		line("store", message);
	}

	static void line(String source, String text) {
		synchronized (OUT) {
			OUT.println("[" + source + "] " + text);
		}
	}

}
