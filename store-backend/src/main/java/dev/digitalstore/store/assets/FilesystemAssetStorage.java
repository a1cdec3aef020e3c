package dev.digitalstore.store.assets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.core.io.FileSystemResource;

/**
 * Files under a local directory, streamed by the app itself. Writes go to a temporary
 * file first and are moved into place, so a reader never sees half a file.
 */
class FilesystemAssetStorage implements AssetStorage {

	private final Path root;

	FilesystemAssetStorage(Path root) throws IOException {
		this.root = Files.createDirectories(root).toRealPath();
	}

	@Override
	public void store(String key, InputStream content, long size, String contentType) throws IOException {
		Path target = resolve(key);
		Files.createDirectories(target.getParent());
		Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
		try {
			Files.copy(content, temporary, StandardCopyOption.REPLACE_EXISTING);
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	@Override
	public AssetDelivery deliver(String key, String downloadName, String contentType) {
		Path file = resolve(key);
		if (!Files.isRegularFile(file)) {
			throw new AssetNotFoundException(key);
		}
		FileSystemResource resource = new FileSystemResource(file);
		try {
			return new AssetDelivery.Content(resource, resource.contentLength());
		}
		catch (IOException ex) {
			throw new AssetNotFoundException(key);
		}
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(resolve(key));
	}

	/**
	 * Keys are the store's own, but a key must never reach outside the root all the same.
	 */
	private Path resolve(String key) {
		Path path = this.root.resolve(key).normalize();
		if (!path.startsWith(this.root) || path.equals(this.root)) {
			throw new IllegalArgumentException("Invalid asset key: " + key);
		}
		return path;
	}

}
