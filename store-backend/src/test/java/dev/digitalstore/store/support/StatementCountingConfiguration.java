package dev.digitalstore.store.support;

import java.io.IOException;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Wires {@link StatementCounter}: a proxy around the DataSource and a filter that tags
 * counted requests.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCountingConfiguration {

	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
	}

	@Bean
	static BeanPostProcessor countingDataSourceWrapper(StatementCounter counter) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DataSource dataSource && !beanName.startsWith("counting")) {
					return ProxyDataSourceBuilder.create(dataSource).name("counting").listener(counter).build();
				}
				return bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> statementCountingFilter() {
		OncePerRequestFilter filter = new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				String id = request.getHeader(StatementCounter.HEADER);
				if (id == null) {
					chain.doFilter(request, response);
					return;
				}
				StatementCounter.startCounting(id);
				try {
					chain.doFilter(request, response);
				}
				finally {
					StatementCounter.stopCounting();
				}
			}
		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
