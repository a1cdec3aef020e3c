package dev.digitalstore.shop.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import dev.digitalstore.shop.ShopProperties;
import dev.digitalstore.shop.account.Shopper;
import dev.digitalstore.shop.backend.BackendProblemException;
import dev.digitalstore.shop.catalog.CatalogClient;
import dev.digitalstore.shop.catalog.ProductKind;
import dev.digitalstore.shop.web.FormErrors;
import dev.digitalstore.shop.web.Notice;

/** Product management: list, create, edit, (de)activate, file and cover, licence keys. */
@Controller
class AdminProductController {

	private static final int PAGE_SIZE = 20;

	private final AdminClient admin;

	private final CatalogClient catalog;

	private final MessageSource messages;

	private final String currency;

	AdminProductController(AdminClient admin, CatalogClient catalog, MessageSource messages,
			ShopProperties properties) {
		this.admin = admin;
		this.catalog = catalog;
		this.messages = messages;
		this.currency = properties.currency();
	}

	@GetMapping("/admin/products")
	String products(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			Shopper shopper, Model model) {
		model.addAttribute("products", this.admin.products(shopper.accessToken(), q, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("q", (q != null) ? q : "");
		return "admin/products";
	}

	@GetMapping("/admin/products/new")
	ModelAndView newProduct() {
		return form(null, ProductForm.empty(), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping("/admin/products")
	ModelAndView create(@Valid @ModelAttribute("form") ProductForm form, BindingResult binding, Shopper shopper,
			Locale locale, RedirectAttributes redirect) {
		FormErrors errors = FormErrors.of(binding, this.messages, locale);
		if (!errors.any()) {
			try {
				AdminProduct created = this.admin.create(shopper.accessToken(), form.toCommand(this.currency));
				Notice.info(redirect, "admin.product.created", created.title());
				return new ModelAndView("redirect:/admin/products/" + created.id());
			}
			catch (BackendProblemException.InvalidRequest | BackendProblemException.Conflict ex) {
				errors.withProblem(ex.problem(), ex.detail());
			}
		}
		return form(null, form, errors, HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@GetMapping("/admin/products/{id}")
	ModelAndView edit(@PathVariable long id, Shopper shopper) {
		AdminProduct product = this.admin.product(shopper.accessToken(), id);
		return form(product, ProductForm.of(product), FormErrors.none(), HttpStatus.OK);
	}

	@PostMapping("/admin/products/{id}")
	ModelAndView update(@PathVariable long id, @Valid @ModelAttribute("form") ProductForm form, BindingResult binding,
			Shopper shopper, Locale locale, RedirectAttributes redirect) {
		FormErrors errors = FormErrors.of(binding, this.messages, locale);
		if (!errors.any()) {
			try {
				this.admin.update(shopper.accessToken(), id, form.toCommand(this.currency));
				Notice.info(redirect, "admin.product.saved", form.title());
				return new ModelAndView("redirect:/admin/products/" + id);
			}
			catch (BackendProblemException.InvalidRequest | BackendProblemException.Conflict ex) {
				errors.withProblem(ex.problem(), ex.detail());
			}
		}
		return form(this.admin.product(shopper.accessToken(), id), form, errors, HttpStatus.UNPROCESSABLE_CONTENT);
	}

	@PostMapping("/admin/products/{id}/active")
	String setActive(@PathVariable long id, @RequestParam boolean active, Shopper shopper,
			RedirectAttributes redirect) {
		AdminProduct product = this.admin.setActive(shopper.accessToken(), id, active);
		Notice.info(redirect, active ? "admin.product.activated" : "admin.product.deactivated", product.title());
		return "redirect:/admin/products/" + id;
	}

	@PostMapping("/admin/products/{id}/file")
	String uploadFile(@PathVariable long id, @RequestParam("file") MultipartFile file, Shopper shopper,
			RedirectAttributes redirect) {
		return upload(id, file, redirect, "admin.upload.fileDone",
				(upload) -> this.admin.uploadFile(shopper.accessToken(), id, upload));
	}

	@PostMapping("/admin/products/{id}/cover")
	String uploadCover(@PathVariable long id, @RequestParam("file") MultipartFile file, Shopper shopper,
			RedirectAttributes redirect) {
		return upload(id, file, redirect, "admin.upload.coverDone",
				(upload) -> this.admin.uploadCover(shopper.accessToken(), id, upload));
	}

	@PostMapping("/admin/products/{id}/licence-keys")
	String importKeys(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(name = "keys", required = false) String keys, Shopper shopper, RedirectAttributes redirect)
			throws IOException {
		String csv = (file != null && !file.isEmpty()) ? new String(file.getBytes(), StandardCharsets.UTF_8)
				: (keys != null) ? keys : "";
		if (csv.isBlank()) {
			Notice.error(redirect, "admin.keys.empty");
			return "redirect:/admin/products/" + id;
		}
		try {
			KeyImport result = this.admin.importKeys(shopper.accessToken(), id, csv);
			Notice.info(redirect, "admin.keys.imported", String.valueOf(result.imported()),
					String.valueOf(result.available()));
		}
		catch (BackendProblemException.InvalidRequest | BackendProblemException.Conflict ex) {
			Notice.error(redirect, "admin.keys.refused", ex.detail());
		}
		return "redirect:/admin/products/" + id;
	}

	private ModelAndView form(AdminProduct product, ProductForm form, FormErrors errors, HttpStatus status) {
		ModelAndView page = new ModelAndView("admin/product", status);
		page.addObject("product", product);
		page.addObject("form", form);
		page.addObject("errors", errors);
		page.addObject("categories", this.catalog.categories());
		page.addObject("kinds", ProductKind.values());
		return page;
	}

	/**
	 * Sends a product's file or cover, then back to the product's page with how it went.
	 */
	private static String upload(long id, MultipartFile file, RedirectAttributes redirect, String doneKey,
			Function<Upload, AdminProduct> send) {
		if (file.isEmpty()) {
			Notice.error(redirect, "admin.upload.empty");
		}
		else {
			try {
				send.apply(toUpload(file));
				Notice.info(redirect, doneKey, file.getOriginalFilename());
			}
			catch (BackendProblemException ex) {
				refusedUpload(ex, redirect);
			}
		}
		return "redirect:/admin/products/" + id;
	}

	/**
	 * The API refuses files that are empty (400), too large (413) or not what they claim
	 * to be (415): the admin is told why, on the product's page. Anything else is not
	 * about the file and goes to the error pages.
	 */
	private static void refusedUpload(BackendProblemException ex, RedirectAttributes redirect) {
		if (ex.status() != 400 && ex.status() != 413 && ex.status() != 415 && ex.status() != 422) {
			throw ex;
		}
		Notice.error(redirect, "admin.upload.refused", (ex.detail() != null) ? ex.detail() : "");
	}

	private static Upload toUpload(MultipartFile file) {
		String contentType = (file.getContentType() != null) ? file.getContentType() : "application/octet-stream";
		return new Upload(file.getOriginalFilename(), contentType, file.getSize(), file);
	}

}
