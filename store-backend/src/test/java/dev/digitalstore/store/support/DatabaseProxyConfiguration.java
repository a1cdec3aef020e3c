package dev.digitalstore.store.support;

import java.net.URI;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Routes the store's JDBC connections through a {@link FreezableProxy}, whichever
 * PostgreSQL the tests use, so a test can make the database stop answering.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DatabaseProxyConfiguration {

	@Bean
	static DatabaseProxyHolder databaseProxyHolder() {
		return new DatabaseProxyHolder();
	}

	@Bean
	static BeanPostProcessor proxiedConnectionDetails(DatabaseProxyHolder holder) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcConnectionDetails details && !(bean instanceof Proxied)) {
					return new Proxied(details, holder);
				}
				return bean;
			}
		};
	}

	/** The proxy, created when the connection details are first wrapped. */
	public static final class DatabaseProxyHolder {

		private FreezableProxy proxy;

		public FreezableProxy proxy() {
			return this.proxy;
		}

		synchronized String route(String jdbcUrl) {
			URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
			if (this.proxy == null) {
				this.proxy = FreezableProxy.to(uri.getHost(), (uri.getPort() > 0) ? uri.getPort() : 5432);
			}
			String hostPort = uri.getHost() + ((uri.getPort() > 0) ? ":" + uri.getPort() : "");
			return jdbcUrl.replaceFirst(java.util.regex.Pattern.quote(hostPort), "127.0.0.1:" + this.proxy.port());
		}

	}

	private static final class Proxied implements JdbcConnectionDetails {

		private final JdbcConnectionDetails delegate;

		private final String url;

		Proxied(JdbcConnectionDetails delegate, DatabaseProxyHolder holder) {
			this.delegate = delegate;
			this.url = holder.route(delegate.getJdbcUrl());
		}

		@Override
		public String getUsername() {
			return this.delegate.getUsername();
		}

		@Override
		public String getPassword() {
			return this.delegate.getPassword();
		}

		@Override
		public String getJdbcUrl() {
			return this.url;
		}

	}

}
