package dev.digitalstore.shop.web;

import java.io.Serial;
import java.io.Serializable;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A one-time message shown on the page after a redirect ("Added to your cart"), as a
 * message key and its arguments.
 */
public record Notice(String key, String[] args, boolean error) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String ATTRIBUTE = "notice";

	public static void info(RedirectAttributes redirect, String key, String... args) {
		redirect.addFlashAttribute(ATTRIBUTE, new Notice(key, args, false));
	}

	public static void error(RedirectAttributes redirect, String key, String... args) {
		redirect.addFlashAttribute(ATTRIBUTE, new Notice(key, args, true));
	}

}
