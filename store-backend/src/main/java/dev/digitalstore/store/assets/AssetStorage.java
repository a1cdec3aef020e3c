package dev.digitalstore.store.assets;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where product files and cover images are kept: S3 in production, the local filesystem
 * elsewhere.
 */
public interface AssetStorage {

	/** Stores the content under the key, replacing what was there. */
	void store(String key, InputStream content, long size, String contentType) throws IOException;

	/**
	 * How to hand the file to a client: to save as {@code downloadName}, or to show
	 * inline when it is null.
	 * @throws AssetNotFoundException when nothing is stored under the key
	 */
	AssetDelivery deliver(String key, String downloadName, String contentType);

	void delete(String key) throws IOException;

}
