package dev.digitalstore.store.assets;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where files live.
 *
 * @param storage {@code filesystem} (local runs, tests) or {@code s3} (production)
 * @param filesystem settings of the filesystem storage
 * @param s3 settings of the S3 storage
 */
@Validated
@ConfigurationProperties("store.assets")
public record AssetProperties(@DefaultValue("filesystem") @NotNull Storage storage, @DefaultValue Filesystem filesystem,
		@DefaultValue S3 s3) {

	public enum Storage {

		FILESYSTEM, S3

	}

	/**
	 * @param root the directory files are kept under
	 */
	public record Filesystem(@NotNull Path root) {
	}

	/**
	 * @param bucket the bucket (private, encrypted, versioned: see platform-infra)
	 * @param region its region; when null the SDK's default chain decides
	 * @param endpoint an endpoint override (S3-compatible stores, emulators); null for
	 * AWS
	 * @param presignTtl how long a presigned download URL works
	 * @param pathStyle path-style addressing, needed by most emulators
	 */
	public record S3(String bucket, String region, URI endpoint, @DefaultValue("5m") Duration presignTtl,
			@DefaultValue("false") boolean pathStyle) {

		public S3 {
			// Environment placeholders resolve to empty strings when unset.
			bucket = (bucket != null && !bucket.isBlank()) ? bucket : null;
			region = (region != null && !region.isBlank()) ? region : null;
		}

	}

}
