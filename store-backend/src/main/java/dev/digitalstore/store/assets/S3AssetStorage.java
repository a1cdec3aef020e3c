package dev.digitalstore.store.assets;

import java.io.InputStream;
import java.net.URISyntaxException;
import java.time.Duration;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import org.springframework.http.ContentDisposition;

/**
 * Files in a private S3 bucket. Downloads never pass through the app: clients get a
 * presigned GET URL that works for a few minutes and makes S3 answer with the right file
 * name and type.
 */
class S3AssetStorage implements AssetStorage {

	private final S3Client s3;

	private final S3Presigner presigner;

	private final String bucket;

	private final Duration presignTtl;

	S3AssetStorage(S3Client s3, S3Presigner presigner, String bucket, Duration presignTtl) {
		this.s3 = s3;
		this.presigner = presigner;
		this.bucket = bucket;
		this.presignTtl = presignTtl;
	}

	@Override
	public void store(String key, InputStream content, long size, String contentType) {
		PutObjectRequest request = PutObjectRequest.builder()
			.bucket(this.bucket)
			.key(key)
			.contentType(contentType)
			.contentLength(size)
			.serverSideEncryption(ServerSideEncryption.AES256)
			.build();
		this.s3.putObject(request, RequestBody.fromInputStream(content, size));
	}

	@Override
	public AssetDelivery deliver(String key, String downloadName, String contentType) {
		try {
			this.s3.headObject(HeadObjectRequest.builder().bucket(this.bucket).key(key).build());
		}
		catch (NoSuchKeyException ex) {
			throw new AssetNotFoundException(key);
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				throw new AssetNotFoundException(key);
			}
			throw ex;
		}
		ContentDisposition disposition = (downloadName != null)
				? ContentDisposition.attachment().filename(downloadName).build() : ContentDisposition.inline().build();
		GetObjectRequest get = GetObjectRequest.builder()
			.bucket(this.bucket)
			.key(key)
			.responseContentType(contentType)
			.responseContentDisposition(disposition.toString())
			.build();
		try {
			return new AssetDelivery.Redirect(this.presigner
				.presignGetObject((presign) -> presign.signatureDuration(this.presignTtl).getObjectRequest(get))
				.url()
				.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("S3 presigned an invalid URL", ex);
		}
	}

	@Override
	public void delete(String key) {
		this.s3.deleteObject((delete) -> delete.bucket(this.bucket).key(key));
	}

}
