package dev.digitalstore.store.catalog;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.digitalstore.store.shared.StoreProperties;
import dev.digitalstore.store.shared.web.NotFoundException;

/** Creating and changing products. Uploads are in {@link ProductUploads}. */
@Service
class ProductAdminService {

	private final ProductRepository products;

	private final CategoryRepository categories;

	private final StoreProperties store;

	private final CatalogCache cache;

	ProductAdminService(ProductRepository products, CategoryRepository categories, StoreProperties store,
			CatalogCache cache) {
		this.products = products;
		this.categories = categories;
		this.store = store;
		this.cache = cache;
	}

	@Transactional
	long create(ProductDraft draft) {
		checkCurrency(draft);
		if (this.products.existsBySlug(draft.slug())) {
			throw new CatalogProblems.SlugTaken(draft.slug());
		}
		Product product = new Product(draft, category(draft.categorySlug()), this.store.currency());
		this.cache.evictAllAfterCommit();
		return saveChecked(product, draft.slug()).id();
	}

	@Transactional
	void update(long id, ProductDraft draft) {
		checkCurrency(draft);
		Product product = load(id);
		if (!product.slug().equals(draft.slug()) && this.products.existsBySlug(draft.slug())) {
			throw new CatalogProblems.SlugTaken(draft.slug());
		}
		product.apply(draft, category(draft.categorySlug()));
		this.cache.evictAllAfterCommit();
		saveChecked(product, draft.slug());
	}

	@Transactional
	void setActive(long id, boolean active) {
		load(id).setActive(active);
		this.cache.evictAllAfterCommit();
	}

	/** A product to change: the catalog cache is emptied when the change commits. */
	Product loadForChange(long id) {
		Product product = load(id);
		this.cache.evictAllAfterCommit();
		return product;
	}

	Product load(long id) {
		return this.products.findById(id).orElseThrow(() -> new NotFoundException("Product " + id));
	}

	private void checkCurrency(ProductDraft draft) {
		if (draft.currency() != null && !draft.currency().equals(this.store.currency())) {
			throw new CatalogProblems.OtherCurrency(draft.currency(), this.store.currency());
		}
	}

	private Category category(String slug) {
		return this.categories.findBySlug(slug).orElseThrow(() -> new CatalogProblems.UnknownCategory(slug));
	}

	/**
	 * Two admins racing for one slug: the unique index decides, the loser gets the same
	 * 409.
	 */
	private Product saveChecked(Product product, String slug) {
		try {
			return this.products.saveAndFlush(product);
		}
		catch (DataIntegrityViolationException ex) {
			throw new CatalogProblems.SlugTaken(slug);
		}
	}

}
