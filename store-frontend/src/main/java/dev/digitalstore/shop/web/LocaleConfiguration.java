package dev.digitalstore.shop.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import dev.digitalstore.shop.ShopProperties;

/**
 * The page language: the browser's Accept-Language until the shopper picks one with the
 * switcher ({@code ?lang=fr} on any page), which is then remembered in a cookie.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

	static final String PARAMETER = "lang";

	@Bean
	LocaleResolver localeResolver(ShopProperties properties) {
		SupportedLocaleResolver resolver = new SupportedLocaleResolver(properties.cookies().name("lang"));
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSecure(properties.cookies().secure());
		resolver.setCookieSameSite("Lax");
		resolver.setDefaultLocaleFunction(SupportedLocales::fromAcceptLanguage);
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName(PARAMETER);
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/** Never stores nor answers a language the shop does not speak. */
	static final class SupportedLocaleResolver extends CookieLocaleResolver {

		SupportedLocaleResolver(String cookieName) {
			super(cookieName);
		}

		@Override
		public Locale resolveLocale(HttpServletRequest request) {
			Locale supported = SupportedLocales.supported(super.resolveLocale(request));
			return (supported != null) ? supported : SupportedLocales.fromAcceptLanguage(request);
		}

		@Override
		public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
			super.setLocale(request, response, SupportedLocales.supported(locale));
		}

	}

}
