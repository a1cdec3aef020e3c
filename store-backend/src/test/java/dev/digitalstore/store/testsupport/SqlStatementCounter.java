package dev.digitalstore.store.testsupport;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * Counts the SQL statements each traced HTTP request executes. A test sends the header
 * {@value #TRACE_HEADER} with a value of its own and asks {@link #count} afterwards;
 * other requests and background jobs running meanwhile are not counted.
 */
public class SqlStatementCounter implements QueryExecutionListener {

	public static final String TRACE_HEADER = "X-Test-Sql-Trace";

	private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

	private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

	public int count(String trace) {
		AtomicInteger count = this.counts.get(trace);
		return (count != null) ? count.get() : 0;
	}

	@Override
	public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
	}

	@Override
	public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
		String trace = CURRENT.get();
		if (trace != null) {
			this.counts.computeIfAbsent(trace, (key) -> new AtomicInteger()).incrementAndGet();
		}
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		static SqlStatementCounter sqlStatementCounter() {
			return new SqlStatementCounter();
		}

		@Bean
		static BeanPostProcessor countingDataSource(
				org.springframework.beans.factory.ObjectProvider<SqlStatementCounter> counter) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					if (bean instanceof DataSource dataSource
							&& !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)) {
						return ProxyDataSourceBuilder.create(dataSource)
							.name(beanName)
							.listener(counter.getObject())
							.build();
					}
					return bean;
				}
			};
		}

		@Bean
		FilterRegistrationBean<Filter> sqlTraceFilter() {
			Filter filter = (ServletRequest request, ServletResponse response, FilterChain chain) -> {
				String trace = ((HttpServletRequest) request).getHeader(TRACE_HEADER);
				CURRENT.set(trace);
				try {
					chain.doFilter(request, response);
				}
				finally {
					CURRENT.remove();
				}
			};
			FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

	}

}
