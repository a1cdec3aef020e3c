package dev.digitalstore.localpostgres;

import org.testcontainers.DockerClientFactory;

/** Asks Testcontainers whether a Docker engine answers; any failure means "no". */
final class DockerProbe {

	private DockerProbe() {
	}

	static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

}
