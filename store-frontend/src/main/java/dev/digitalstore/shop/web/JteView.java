package dev.digitalstore.shop.web;

import java.util.Locale;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Renders one jte template with the model as its parameters, plus the request's
 * {@link Ui}: built here, when a page is rendered, rather than for every handler (covers,
 * downloads and redirecting forms need none).
 */
class JteView extends AbstractUrlBasedView {

	private final TemplateEngine engine;

	private final UiFactory uiFactory;

	JteView(TemplateEngine engine, UiFactory uiFactory) {
		this.engine = engine;
		this.uiFactory = uiFactory;
	}

	@Override
	public boolean checkResource(Locale locale) {
		return this.engine.hasTemplate(getUrl());
	}

	@Override
	protected void renderMergedOutputModel(Map<String, Object> model, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		model.putIfAbsent("ui", this.uiFactory.create(request));
		// Rendered fully before anything is sent, so a template error is a clean 500
		// page.
		Utf8ByteOutput output = new Utf8ByteOutput();
		this.engine.render(getUrl(), model, output);
		response.setContentType(getContentType());
		response.setContentLength(output.getContentLength());
		output.writeTo(response.getOutputStream());
	}

}
