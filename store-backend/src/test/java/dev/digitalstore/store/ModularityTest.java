package dev.digitalstore.store;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Features reach each other only through their public top-level types (their facades).
 */
class ModularityTest {

	@Test
	void featureBoundariesHold() {
		ApplicationModules.of(StoreApplication.class).verify();
	}

}
