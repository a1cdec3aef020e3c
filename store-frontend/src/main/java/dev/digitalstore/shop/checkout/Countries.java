package dev.digitalstore.shop.checkout;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The billing-country choices, named and sorted in the shopper's language. */
public final class Countries {

	/**
	 * Naming and collating 250 countries took a millisecond or two of every checkout
	 * page; the shop speaks a handful of languages, so each list is made once.
	 */
	private static final Map<Locale, List<Country>> BY_LOCALE = new ConcurrentHashMap<>();

	private static final int MAX_LOCALES = 16;

	private Countries() {
	}

	static List<Country> in(Locale locale) {
		List<Country> known = BY_LOCALE.get(locale);
		if (known != null) {
			return known;
		}
		List<Country> countries = sorted(locale);
		if (BY_LOCALE.size() < MAX_LOCALES) {
			BY_LOCALE.putIfAbsent(locale, countries);
		}
		return countries;
	}

	private static List<Country> sorted(Locale locale) {
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
