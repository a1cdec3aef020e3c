package dev.digitalstore.shop.web;

import java.util.List;
import java.util.stream.Stream;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A one-time message shown on the page after a redirect ("Added to your cart"), as a
 * message key and its arguments. It travels in a short-lived cookie (see
 * {@link CookieFlashMapManager}), never in a session.
 */
public record Notice(String key, List<String> args, boolean error) {

	static final String ATTRIBUTE = "notice";

	public Notice {
		args = List.copyOf(args);
	}

	public static void info(RedirectAttributes redirect, String key, String... args) {
		redirect.addFlashAttribute(ATTRIBUTE, new Notice(key, texts(args), false));
	}

	public static void error(RedirectAttributes redirect, String key, String... args) {
		redirect.addFlashAttribute(ATTRIBUTE, new Notice(key, texts(args), true));
	}

	/** A missing detail (an API problem without one) shows as nothing, not "null". */
	private static List<String> texts(String... args) {
		return Stream.of(args).map((arg) -> (arg != null) ? arg : "").toList();
	}

}
