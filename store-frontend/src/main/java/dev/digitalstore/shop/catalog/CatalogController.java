package dev.digitalstore.shop.catalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import dev.digitalstore.shop.ShopProperties;
import dev.digitalstore.shop.backend.BackendProblemException;

/** Home, catalog search and product pages. */
@Controller
class CatalogController {

	private final CatalogClient catalog;

	private final String currency;

	CatalogController(CatalogClient catalog, ShopProperties properties) {
		this.catalog = catalog;
		this.currency = properties.currency();
	}

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("featured", this.catalog.search(ProductQuery.featured(4)).items());
		model.addAttribute("newest", this.catalog.search(ProductQuery.newest(8)).items());
		return "home";
	}

	@GetMapping("/catalog")
	String catalog(@RequestParam(required = false) String q, @RequestParam(required = false) String category,
			@RequestParam(required = false) String minPrice, @RequestParam(required = false) String maxPrice,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page, Model model) {
		ProductQuery query = new ProductQuery(q, category, PriceInput.toMinor(minPrice, this.currency),
				PriceInput.toMinor(maxPrice, this.currency), ProductQuery.Sort.fromApiName(sort), page,
				ProductQuery.DEFAULT_SIZE, false);
		model.addAttribute("view",
				new CatalogView(query, (query.minPrice() != null) ? minPrice.trim() : null,
						(query.maxPrice() != null) ? maxPrice.trim() : null, this.catalog.search(query),
						this.catalog.categories()));
		return "catalog";
	}

	@GetMapping("/products/{slug}")
	String product(@PathVariable String slug, Model model) {
		ProductDetail product = this.catalog.product(slug)
			.orElseThrow(() -> BackendProblemException.NotFound.of("No such product: " + slug));
		model.addAttribute("product", product);
		return "product";
	}

}
