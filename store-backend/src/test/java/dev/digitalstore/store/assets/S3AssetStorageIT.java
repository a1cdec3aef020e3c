package dev.digitalstore.store.assets;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The S3 storage against S3Mock, a real S3 API on loopback, through the real AWS SDK
 * client: what is stored comes back through a presigned URL with the buyer's file name,
 * and missing files are reported as such.
 */
class S3AssetStorageIT {

	static final String BUCKET = "store-assets";

	static Process s3mock;

	static S3Client client;

	static S3Presigner presigner;

	static S3AssetStorage storage;

	@BeforeAll
	static void startS3Mock() throws Exception {
		Path jar = Path.of("target/s3mock/s3mock.jar");
		assertThat(jar).as("copied by the build (pre-integration-test)").exists();
		int port = freePort();
		Path log = Files.createTempFile("s3mock", ".log");
		s3mock = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-XX:TieredStopAtLevel=1",
				"-jar", jar.toString(), "--http.port=" + port, "--server.port=0", "--server.address=127.0.0.1")
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		URI endpoint = URI.create("http://127.0.0.1:" + port);
		StaticCredentialsProvider credentials = StaticCredentialsProvider
			.create(AwsBasicCredentials.create("test-access-key", "test-secret-key"));
		S3Configuration pathStyle = S3Configuration.builder().pathStyleAccessEnabled(true).build();
		client = S3Client.builder()
			.endpointOverride(endpoint)
			.region(Region.EU_WEST_3)
			.credentialsProvider(credentials)
			.serviceConfiguration(pathStyle)
			.build();
		presigner = S3Presigner.builder()
			.endpointOverride(endpoint)
			.region(Region.EU_WEST_3)
			.credentialsProvider(credentials)
			.serviceConfiguration(pathStyle)
			.build();
		await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().until(() -> {
			client.listBuckets();
			return true;
		});
		client.createBucket((bucket) -> bucket.bucket(BUCKET));
		storage = new S3AssetStorage(client, presigner, BUCKET, Duration.ofMinutes(5));
	}

	@AfterAll
	static void stopS3Mock() throws InterruptedException {
		if (client != null) {
			client.close();
			presigner.close();
		}
		if (s3mock != null) {
			s3mock.destroy();
			if (!s3mock.waitFor(20, TimeUnit.SECONDS)) {
				s3mock.destroyForcibly();
			}
		}
	}

	@Test
	void aStoredFileIsHandedOutThroughAShortLivedPresignedUrlUnderTheBuyersFileName() throws Exception {
		byte[] content = "%PDF-1.4 the whole course".getBytes(StandardCharsets.US_ASCII);
		storage.store("products/1/files/a", new ByteArrayInputStream(content), content.length, "application/pdf");

		AssetDelivery delivery = storage.deliver("products/1/files/a", "Kubernetes from Zero.pdf", "application/pdf");

		assertThat(delivery).isInstanceOf(AssetDelivery.Redirect.class);
		URI url = ((AssetDelivery.Redirect) delivery).location();
		assertThat(url.getQuery()).contains("X-Amz-Expires=300").contains("X-Amz-Signature=");
		HttpResponse<byte[]> download = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(content);
		assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				(disposition) -> assertThat(disposition).startsWith("attachment").contains("Kubernetes"));
	}

	@Test
	void aTamperedPresignedUrlIsRefusedByS3() throws Exception {
		byte[] content = "secret".getBytes(StandardCharsets.US_ASCII);
		storage.store("products/2/files/b", new ByteArrayInputStream(content), content.length, "text/plain");
		URI url = ((AssetDelivery.Redirect) storage.deliver("products/2/files/b", "b.txt", "text/plain")).location();
		URI otherKey = URI.create(url.toString().replace("products/2/files/b", "products/2/files/c"));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(otherKey).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isGreaterThanOrEqualTo(400);
	}

	@Test
	void missingAndDeletedFilesAreNotFound() throws IOException {
		assertThatThrownBy(() -> storage.deliver("products/404/files/none", "x.pdf", "application/pdf"))
			.isInstanceOf(AssetNotFoundException.class);
		byte[] content = { 1, 2, 3 };
		storage.store("products/3/files/gone", new ByteArrayInputStream(content), content.length, "application/zip");
		storage.delete("products/3/files/gone");
		assertThatThrownBy(() -> storage.deliver("products/3/files/gone", "x.zip", "application/zip"))
			.isInstanceOf(AssetNotFoundException.class);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
