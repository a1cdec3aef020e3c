package dev.digitalstore.store.assets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Turns an {@link AssetDelivery} into the HTTP response that hands the file over. */
public final class AssetResponses {

	private AssetResponses() {
	}

	/** For files shown in the page, such as cover images. */
	public static ResponseEntity<?> inline(AssetDelivery delivery, String contentType, CacheControl cacheControl) {
		return respond(delivery, contentType, ContentDisposition.inline().build(), cacheControl);
	}

	/**
	 * For files the client saves, such as purchased downloads. Never cached by
	 * intermediaries.
	 */
	public static ResponseEntity<?> attachment(AssetDelivery delivery, String fileName, String contentType) {
		return respond(delivery, contentType, ContentDisposition.attachment().filename(fileName).build(),
				CacheControl.noStore().cachePrivate());
	}

	private static ResponseEntity<?> respond(AssetDelivery delivery, String contentType, ContentDisposition disposition,
			CacheControl cacheControl) {
		// Java 17: no pattern matching in switch yet.
		if (delivery instanceof AssetDelivery.Redirect redirect) {
			return ResponseEntity.status(HttpStatus.FOUND)
				.location(redirect.location())
				.cacheControl(CacheControl.noStore())
				.build();
		}
		AssetDelivery.Content content = (AssetDelivery.Content) delivery;
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.contentLength(content.size())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(cacheControl)
			.body(content.resource());
	}

}
