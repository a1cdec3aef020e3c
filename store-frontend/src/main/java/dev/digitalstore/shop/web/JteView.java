package dev.digitalstore.shop.web;

import java.util.Locale;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.view.AbstractUrlBasedView;

/** Renders one jte template with the model as its parameters. */
class JteView extends AbstractUrlBasedView {

	private final TemplateEngine engine;

	JteView(TemplateEngine engine) {
		this.engine = engine;
	}

	@Override
	public boolean checkResource(Locale locale) {
		return this.engine.hasTemplate(getUrl());
	}

	@Override
	protected void renderMergedOutputModel(Map<String, Object> model, HttpServletRequest request,
			HttpServletResponse response) throws Exception {
		// Rendered fully before anything is sent, so a template error is a clean 500
		// page.
		Utf8ByteOutput output = new Utf8ByteOutput();
		this.engine.render(getUrl(), model, output);
		response.setContentType(getContentType());
		response.setContentLength(output.getContentLength());
		output.writeTo(response.getOutputStream());
	}

}
