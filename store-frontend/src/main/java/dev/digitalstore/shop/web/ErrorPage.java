package dev.digitalstore.shop.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one error page, for a status; texts come from {@code error.<status>.*} messages.
 */
final class ErrorPage {

	private ErrorPage() {
	}

	static ModelAndView of(HttpStatus status) {
		ModelAndView page = new ModelAndView("error", status);
		int code = switch (status.value()) {
			case 400, 403, 404, 410, 429, 503 -> status.value();
			default -> status.is4xxClientError() ? 400 : 500;
		};
		page.addObject("status", status.value());
		page.addObject("messageKey", "error." + code);
		return page;
	}

}
