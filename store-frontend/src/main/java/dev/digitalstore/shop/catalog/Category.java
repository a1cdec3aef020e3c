package dev.digitalstore.shop.catalog;

import java.util.Locale;

/** A catalog category with its names in English and French. */
public record Category(String slug, String name, String nameFr, long productCount) {

	public String name(Locale locale) {
		return ("fr".equals(locale.getLanguage()) && this.nameFr != null) ? this.nameFr : this.name;
	}

}
