package dev.digitalstore.store.catalog;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * HTTP caching of catalog reads.
 * <p>
 * ETags are computed from the response body: always exact (a changed price changes the
 * tag), and a conditional request that matches gets an empty 304. Cover images are
 * excluded (streamed, not buffered).
 * <p>
 * Product details are also replayed from memory by {@link ProductResponseFilter}, which
 * runs after Spring Security (order -100) and before the ETag filter, so the responses it
 * keeps are the ones clients got, ETag included.
 */
@Configuration(proxyBeanMethods = false)
class CatalogHttpCacheConfiguration {

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

	@Bean
	FilterRegistrationBean<ProductResponseFilter> productResponseFilter(CatalogCache cache) {
		FilterRegistrationBean<ProductResponseFilter> registration = new FilterRegistrationBean<>(
				new ProductResponseFilter(cache));
		registration.addUrlPatterns("/api/products/*");
		registration.setName("productResponseFilter");
		registration.setOrder(0);
		return registration;
	}

}
