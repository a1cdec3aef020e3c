package dev.digitalstore.shop.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page its {@link Ui}. */
@ControllerAdvice
class UiAdvice {

	private final UiFactory uiFactory;

	UiAdvice(UiFactory uiFactory) {
		this.uiFactory = uiFactory;
	}

	@ModelAttribute("ui")
	Ui ui(HttpServletRequest request) {
		return this.uiFactory.create(request);
	}

}
