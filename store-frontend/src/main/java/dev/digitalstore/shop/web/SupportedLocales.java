package dev.digitalstore.shop.web;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

/** The shop speaks English and French; anything else falls back to English. */
public final class SupportedLocales {

	public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.FRENCH);

	private SupportedLocales() {
	}

	/** The first language of the browser's Accept-Language the shop speaks. */
	public static Locale fromAcceptLanguage(HttpServletRequest request) {
		if (request.getHeader("Accept-Language") == null) {
			return Locale.ENGLISH;
		}
		for (Locale wanted : Collections.list(request.getLocales())) {
			Locale supported = supported(wanted);
			if (supported != null) {
				return supported;
			}
		}
		return Locale.ENGLISH;
	}

	/** The supported locale with the same language, or null. */
	public static Locale supported(Locale locale) {
		if (locale == null) {
			return null;
		}
		for (Locale supported : ALL) {
			if (supported.getLanguage().equals(locale.getLanguage())) {
				return supported;
			}
		}
		return null;
	}

}
