package dev.digitalstore.shop.web;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import dev.digitalstore.shop.ShopProperties;

@Configuration(proxyBeanMethods = false)
class RequestConcurrencyConfiguration {

	/**
	 * After the request observation (so {@code http.server.requests} includes the wait)
	 * and before security, sessions and everything else that costs CPU.
	 */
	@Bean
	FilterRegistrationBean<RequestConcurrencyLimit> requestConcurrencyLimit(ShopProperties properties,
			MeterRegistry meters) {
		FilterRegistrationBean<RequestConcurrencyLimit> registration = new FilterRegistrationBean<>(
				new RequestConcurrencyLimit(properties.requests(), meters));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

}
