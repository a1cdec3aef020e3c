package dev.digitalstore.shop.checkout;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The billing-country choices, named and sorted in the shopper's language. */
public final class Countries {

	private Countries() {
	}

	static List<Country> in(Locale locale) {
		Collator collator = Collator.getInstance(locale);
		return Arrays.stream(Locale.getISOCountries())
			.map((code) -> new Country(code, new Locale.Builder().setRegion(code).build().getDisplayCountry(locale)))
			.sorted(Comparator.comparing(Country::name, collator))
			.toList();
	}

	/** A country by ISO 3166 code. */
	public record Country(String code, String name) {
	}

}
