package dev.digitalstore.store.licensing;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/admin/products/{id}/licence-keys}: a key file as the request body
 * ({@code text/csv} or {@code text/plain}) or as the multipart field {@code file}.
 */
@RestController
@RequestMapping("/api/admin/products/{productId}/licence-keys")
class LicenceKeyAdminController {

	private final LicenceKeyImport imports;

	LicenceKeyAdminController(LicenceKeyImport imports) {
		this.imports = imports;
	}

	@PostMapping(consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE })
	LicenceKeyImport.Result importBody(@PathVariable long productId, HttpServletRequest request) throws IOException {
		return this.imports.importKeys(productId, readAtMostOneMore(request.getInputStream()));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	LicenceKeyImport.Result importFile(@PathVariable long productId, @RequestParam("file") MultipartFile file)
			throws IOException {
		if (file.getSize() > LicenceKeyFile.MAX_BYTES) {
			throw LicenceKeyProblems.invalidFile("The file is larger than 1 MB: split it.");
		}
		return this.imports.importKeys(productId, file.getBytes());
	}

	/**
	 * Never buffers more than the limit (plus one byte, to tell that it was exceeded).
	 */
	private static byte[] readAtMostOneMore(InputStream body) throws IOException {
		return body.readNBytes(LicenceKeyFile.MAX_BYTES + 1);
	}

}
