package dev.digitalstore.shop;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The shop's settings.
 *
 * @param backend how to reach the store API
 * @param currency the store's currency (ISO 4217), for price filters and empty carts
 * @param cookies how the browser's cookies are issued
 * @param templates where page templates come from
 * @param requests how many page requests run at once
 */
@ConfigurationProperties("shop")
@Validated
public record ShopProperties(@Valid @NotNull Backend backend, @NotNull @DefaultValue("EUR") String currency,
		@Valid @NotNull @DefaultValue Cookies cookies, @Valid @NotNull @DefaultValue Templates templates,
		@Valid @NotNull @DefaultValue Requests requests) {

	/**
	 * @param baseUrl the API's root, without {@code /api}
	 * @param connectTimeout how long to wait for a connection
	 * @param readTimeout how long to wait for a response
	 */
	public record Backend(@NotNull URI baseUrl, @DefaultValue("2s") Duration connectTimeout,
			@DefaultValue("5s") Duration readTimeout) {
	}

	/**
	 * @param secure whether cookies are {@code Secure} and {@code __Host-} prefixed; only
	 * a local run over plain http turns this off
	 * @param cartMaxAge how long a guest's cart survives a browser restart
	 */
	public record Cookies(@DefaultValue("true") boolean secure, @DefaultValue("30d") Duration cartMaxAge) {

		/**
		 * The name a cookie gets: {@code __Host-} prefixed when served over HTTPS only.
		 */
		public String name(String base) {
			return this.secure ? "__Host-" + base : base;
		}

	}

	/**
	 * @param maxConcurrent page requests processed at once, the others wait in line; 0
	 * means the number of processors the JVM sees (at least 2). Raise it when the backend
	 * is slow to answer rather than the CPU busy.
	 * @param maxWait how long a request may wait for its turn before a 503
	 */
	public record Requests(@DefaultValue("0") @PositiveOrZero int maxConcurrent,
			@DefaultValue("10s") Duration maxWait) {

		public int effectiveMaxConcurrent() {
			return (this.maxConcurrent > 0) ? this.maxConcurrent
					: Math.max(2, Runtime.getRuntime().availableProcessors());
		}

	}

	/**
	 * @param reload compile templates from {@code source} on change (local development
	 * only; production uses the classes precompiled at build time)
	 * @param source the template sources, for {@code reload}
	 */
	public record Templates(@DefaultValue("false") boolean reload, @DefaultValue("src/main/jte") Path source) {
	}

}
