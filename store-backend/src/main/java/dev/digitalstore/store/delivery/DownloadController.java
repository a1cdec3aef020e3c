package dev.digitalstore.store.delivery;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import dev.digitalstore.store.assets.AssetResponses;
import dev.digitalstore.store.shared.web.NotFoundException;

/** Download links: the token is the credential, so no sign-in is needed. */
@RestController
class DownloadController {

	private static final int TOKEN_LENGTH = 43;

	private final Downloads downloads;

	DownloadController(Downloads downloads) {
		this.downloads = downloads;
	}

	@GetMapping("/api/downloads/{token}")
	ResponseEntity<?> download(@PathVariable String token) {
		if (token.length() != TOKEN_LENGTH) {
			throw new NotFoundException("Download");
		}
		Downloads.Served served = this.downloads.redeem(token);
		return AssetResponses.attachment(served.delivery(), served.file().fileName(), served.file().contentType());
	}

}
