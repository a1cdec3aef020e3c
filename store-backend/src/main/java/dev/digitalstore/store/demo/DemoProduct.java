package dev.digitalstore.store.demo;

import java.util.List;

/** One product of the demo catalog. */
record DemoProduct(String slug, String title, String category, String kind, long priceMinor, boolean featured,
		String description, List<String> tags) {

	static DemoProduct of(String category, String kind, long priceMinor, boolean featured, String title,
			String description, String... tags) {
		String slug = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(java.util.Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		return new DemoProduct(slug, title, category, kind, priceMinor, featured, description, List.of(tags));
	}

}
