package dev.digitalstore.store.assets;

import java.io.IOException;

import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Picks the storage from {@code store.assets.storage}. S3 credentials come from the SDK's
 * default chain: on EKS that is the pod's IAM role (IRSA), so no key is ever configured.
 */
@Configuration(proxyBeanMethods = false)
class AssetConfiguration {

	@Bean
	@ConditionalOnProperty(name = "store.assets.storage", havingValue = "filesystem", matchIfMissing = true)
	AssetStorage filesystemAssetStorage(AssetProperties properties) throws IOException {
		return new FilesystemAssetStorage(properties.filesystem().root());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty(name = "store.assets.storage", havingValue = "s3")
	static class S3StorageConfiguration {

		@Bean(destroyMethod = "close")
		S3Client assetS3Client(AssetProperties properties) {
			AssetProperties.S3 s3 = properties.s3();
			S3ClientBuilder builder = S3Client.builder()
				.serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(s3.pathStyle()).build());
			if (s3.region() != null) {
				builder.region(Region.of(s3.region()));
			}
			if (s3.endpoint() != null) {
				builder.endpointOverride(s3.endpoint());
			}
			return builder.build();
		}

		@Bean(destroyMethod = "close")
		S3Presigner assetS3Presigner(AssetProperties properties) {
			AssetProperties.S3 s3 = properties.s3();
			S3Presigner.Builder builder = S3Presigner.builder()
				.serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(s3.pathStyle()).build());
			if (s3.region() != null) {
				builder.region(Region.of(s3.region()));
			}
			if (s3.endpoint() != null) {
				builder.endpointOverride(s3.endpoint());
			}
			return builder.build();
		}

		@Bean
		AssetStorage s3AssetStorage(S3Client client, S3Presigner presigner, AssetProperties properties) {
			if (properties.s3().bucket() == null || properties.s3().bucket().isBlank()) {
				throw new IllegalStateException("store.assets.s3.bucket must be set when store.assets.storage=s3");
			}
			return new S3AssetStorage(client, presigner, properties.s3().bucket(), properties.s3().presignTtl());
		}

	}

}
