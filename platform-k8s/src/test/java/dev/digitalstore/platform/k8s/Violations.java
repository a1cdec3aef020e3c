package dev.digitalstore.platform.k8s;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Collects every violation of a policy, so one run reports them all. */
final class Violations {

	private final List<String> found = new ArrayList<>();

	void check(boolean ok, String format, Object... arguments) {
		if (!ok) {
			this.found.add(format.formatted(arguments));
		}
	}

	List<String> found() {
		return List.copyOf(this.found);
	}

	void assertNone() {
		assertThat(this.found).as("policy violations").isEmpty();
	}

}
