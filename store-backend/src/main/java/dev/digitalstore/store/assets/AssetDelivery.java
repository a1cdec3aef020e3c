package dev.digitalstore.store.assets;

import java.net.URI;

import org.springframework.core.io.Resource;

/**
 * How a stored file reaches a client: a short-lived redirect (S3 presigned URL) or bytes
 * streamed by the app.
 */
public sealed interface AssetDelivery {

	record Redirect(URI location) implements AssetDelivery {
	}

	record Content(Resource resource, long size) implements AssetDelivery {
	}

}
