package dev.digitalstore.store.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import dev.digitalstore.store.assets.AssetStorage;

/**
 * Stores a product's file or cover. The bytes are stored first under a fresh key, then
 * the product points to them in one transaction, then the old bytes go: a failure at any
 * step leaves the product with a complete file.
 */
@Service
class ProductUploads {

	private static final Logger log = LoggerFactory.getLogger(ProductUploads.class);

	private final ProductAdminService products;

	private final AssetStorage storage;

	private final CatalogProperties properties;

	private final TransactionTemplate transaction;

	ProductUploads(ProductAdminService products, AssetStorage storage, CatalogProperties properties,
			TransactionTemplate transaction) {
		this.products = products;
		this.storage = storage;
		this.properties = properties;
		this.transaction = transaction;
	}

	void uploadFile(long productId, MultipartFile file) {
		this.products.load(productId);
		String contentType = checked(file, UploadRules.FILE_TYPES, this.properties.maxFileSize());
		String name = fileName(file);
		String key = "products/" + productId + "/files/" + UUID.randomUUID();
		replace(productId, key, file, contentType, (product) -> {
			String old = product.fileKey();
			product.attachFile(key, name, file.getSize(), contentType);
			return old;
		});
	}

	void uploadCover(long productId, MultipartFile file) {
		this.products.load(productId);
		String contentType = checked(file, UploadRules.COVER_TYPES, this.properties.maxCoverSize());
		String key = "products/" + productId + "/covers/" + UUID.randomUUID();
		replace(productId, key, file, contentType, (product) -> {
			String old = product.coverKey();
			product.attachCover(key, contentType);
			return old;
		});
	}

	private void replace(long productId, String key, MultipartFile file, String contentType, Attach attach) {
		try (InputStream content = file.getInputStream()) {
			this.storage.store(key, content, file.getSize(), contentType);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store upload for product " + productId, ex);
		}
		String previous;
		try {
			previous = this.transaction.execute((status) -> attach.to(this.products.loadForChange(productId)));
		}
		catch (RuntimeException ex) {
			deleteQuietly(key);
			throw ex;
		}
		if (previous != null) {
			deleteQuietly(previous);
		}
	}

	private static String checked(MultipartFile file, List<UploadRules.Signature> accepted, DataSize maxSize) {
		if (file == null || file.isEmpty()) {
			throw new CatalogProblems.RejectedUpload(HttpStatus.BAD_REQUEST, "The file is missing or empty.");
		}
		if (file.getSize() > maxSize.toBytes()) {
			throw new CatalogProblems.RejectedUpload(HttpStatus.CONTENT_TOO_LARGE,
					"The file is larger than " + maxSize.toMegabytes() + " MB.");
		}
		byte[] head;
		try (InputStream content = file.getInputStream()) {
			head = content.readNBytes(16);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return UploadRules.check(accepted, file.getContentType(), head)
			.orElseThrow(() -> new CatalogProblems.RejectedUpload(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"The file must be one of " + UploadRules.describe(accepted)
							+ ", and its content must match its declared type."));
	}

	private static String fileName(MultipartFile file) {
		String original = file.getOriginalFilename();
		String name = (original != null && !original.isBlank())
				? Path.of(original.replace('\\', '/')).getFileName().toString() : "download";
		return (name.length() > 200) ? name.substring(name.length() - 200) : name;
	}

	private void deleteQuietly(String key) {
		try {
			this.storage.delete(key);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not delete unused asset {}: {}", key, ex.getMessage());
		}
	}

	@FunctionalInterface
	private interface Attach {

		/**
		 * Points the product at the new asset and returns the key it pointed at before,
		 * if any.
		 */
		String to(Product product);

	}

}
