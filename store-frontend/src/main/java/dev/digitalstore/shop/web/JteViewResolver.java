package dev.digitalstore.shop.web;

import gg.jte.TemplateEngine;

import org.springframework.web.servlet.view.AbstractUrlBasedView;
import org.springframework.web.servlet.view.UrlBasedViewResolver;

/**
 * Resolves view names to jte templates ({@code catalog} is {@code catalog.jte}); keeps
 * {@code redirect:} and {@code forward:}, redirecting with 303 after a POST.
 */
class JteViewResolver extends UrlBasedViewResolver {

	private final TemplateEngine engine;

	private final UiFactory uiFactory;

	JteViewResolver(TemplateEngine engine, UiFactory uiFactory) {
		this.engine = engine;
		this.uiFactory = uiFactory;
		setViewClass(JteView.class);
		setSuffix(".jte");
		setContentType("text/html;charset=UTF-8");
		setRedirectHttp10Compatible(false);
	}

	@Override
	protected Class<?> requiredViewClass() {
		return JteView.class;
	}

	@Override
	protected AbstractUrlBasedView instantiateView() {
		return new JteView(this.engine, this.uiFactory);
	}

}
