package dev.digitalstore.store.catalog;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags for catalog reads, computed from the response body: always exact (a changed price
 * changes the tag), and a conditional request that matches gets an empty 304. Cover
 * images are excluded (streamed, not buffered).
 */
@Configuration(proxyBeanMethods = false)
class CatalogEtagConfiguration {

	@Bean
	FilterRegistrationBean<ShallowEtagHeaderFilter> catalogEtagFilter() {
		ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter() {
			@Override
			protected boolean shouldNotFilter(HttpServletRequest request) {
				return !"GET".equals(request.getMethod()) || request.getRequestURI().endsWith("/cover");
			}
		};
		FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns("/api/products", "/api/products/*", "/api/categories");
		registration.setName("catalogEtagFilter");
		return registration;
	}

}
