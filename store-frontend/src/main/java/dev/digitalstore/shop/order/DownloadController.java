package dev.digitalstore.shop.order;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import dev.digitalstore.shop.backend.BackendProblemException;

/**
 * Download buttons point here; the shop streams the API's file (or the object storage
 * file it redirects to) to the browser, so the API need not be reachable from outside.
 */
@Controller
class DownloadController {

	private final OrderClient orders;

	DownloadController(OrderClient orders) {
		this.orders = orders;
	}

	@GetMapping("/downloads/{token}")
	void download(@PathVariable String token, HttpServletResponse response) {
		if (!DownloadLinks.validToken(token)) {
			throw BackendProblemException.NotFound.of("No such download");
		}
		this.orders.download(token, (contentType, contentDisposition, contentLength, body) -> {
			response.setContentType((contentType != null) ? contentType : MediaType.APPLICATION_OCTET_STREAM_VALUE);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					(contentDisposition != null) ? contentDisposition : "attachment");
			response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
			if (contentLength >= 0) {
				response.setContentLengthLong(contentLength);
			}
			copy(body, response);
		});
	}

	private static void copy(java.io.InputStream body, HttpServletResponse response) throws IOException {
		StreamUtils.copy(body, response.getOutputStream());
		response.flushBuffer();
	}

}
