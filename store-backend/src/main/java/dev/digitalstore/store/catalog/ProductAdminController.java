package dev.digitalstore.store.catalog;

import java.net.URI;

import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import dev.digitalstore.store.shared.web.NotFoundException;
import dev.digitalstore.store.shared.web.PageView;

/**
 * Product management for admins (security restricts {@code /api/admin/**} to the ADMIN
 * role).
 */
@RestController
@RequestMapping("/api/admin/products")
class ProductAdminController {

	private final ProductAdminService service;

	private final ProductUploads uploads;

	private final AdminProductQueries queries;

	ProductAdminController(ProductAdminService service, ProductUploads uploads, AdminProductQueries queries) {
		this.service = service;
		this.uploads = uploads;
		this.queries = queries;
	}

	@GetMapping
	PageView<AdminProductView> list(@RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		ProductSearch checked = ProductSearch.of(q, null, null, null, null, null, page, size);
		return this.queries.list(checked.text(), checked.page(), checked.size());
	}

	@GetMapping("/{id}")
	AdminProductView get(@PathVariable long id) {
		return view(id);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AdminProductView> create(@Valid @RequestBody ProductDraft draft) {
		long id = this.service.create(draft);
		return ResponseEntity.created(URI.create("/api/admin/products/" + id)).body(view(id));
	}

	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	AdminProductView update(@PathVariable long id, @Valid @RequestBody ProductDraft draft) {
		this.service.update(id, draft);
		return view(id);
	}

	@PostMapping("/{id}/deactivate")
	AdminProductView deactivate(@PathVariable long id) {
		this.service.setActive(id, false);
		return view(id);
	}

	@PostMapping("/{id}/activate")
	AdminProductView activate(@PathVariable long id) {
		this.service.setActive(id, true);
		return view(id);
	}

	@PutMapping(path = "/{id}/file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	AdminProductView uploadFile(@PathVariable long id, @RequestPart("file") MultipartFile file) {
		this.uploads.uploadFile(id, file);
		return view(id);
	}

	@PutMapping(path = "/{id}/cover", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	AdminProductView uploadCover(@PathVariable long id, @RequestPart("file") MultipartFile file) {
		this.uploads.uploadCover(id, file);
		return view(id);
	}

	private AdminProductView view(long id) {
		return this.queries.find(id).orElseThrow(() -> new NotFoundException("Product " + id));
	}

}
