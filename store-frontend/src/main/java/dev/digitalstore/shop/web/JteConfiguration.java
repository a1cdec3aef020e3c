package dev.digitalstore.shop.web;

import java.nio.file.Path;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.resolve.DirectoryCodeResolver;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import dev.digitalstore.shop.ShopProperties;

/**
 * jte as the view technology. Templates are precompiled to classes by the build
 * ({@code jte-maven-plugin}), so pages render without any compilation or file access; a
 * local run may reload them from source instead.
 */
@Configuration(proxyBeanMethods = false)
class JteConfiguration {

	@Bean
	TemplateEngine templateEngine(ShopProperties properties) {
		ShopProperties.Templates templates = properties.templates();
		if (templates.reload()) {
			TemplateEngine engine = TemplateEngine.create(new DirectoryCodeResolver(templates.source()),
					Path.of("target", "jte-reload-classes"), ContentType.Html, getClass().getClassLoader());
			engine.setTrimControlStructures(true);
			return engine;
		}
		return TemplateEngine.createPrecompiled(ContentType.Html);
	}

	@Bean
	JteViewResolver jteViewResolver(TemplateEngine templateEngine, UiFactory uiFactory) {
		JteViewResolver resolver = new JteViewResolver(templateEngine, uiFactory);
		resolver.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
		return resolver;
	}

}
