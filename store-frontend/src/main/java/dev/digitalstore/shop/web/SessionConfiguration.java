package dev.digitalstore.shop.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

import dev.digitalstore.shop.ShopProperties;

/**
 * Sessions live in PostgreSQL (schema {@code shop_session}, created by this app's Flyway
 * migrations), so any replica serves any shopper. Only signing in creates one: a guest's
 * state (cart, notices, orders just placed) lives in cookies. The browser holds only an
 * opaque, HttpOnly, SameSite=Lax cookie; over HTTPS it is Secure and {@code __Host-}
 * prefixed.
 */
@Configuration(proxyBeanMethods = false)
@EnableJdbcHttpSession(tableName = "shop_session.SPRING_SESSION", maxInactiveIntervalInSeconds = 1800)
class SessionConfiguration {

	@Bean
	CookieSerializer cookieSerializer(ShopProperties properties) {
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		serializer.setCookieName(properties.cookies().name("SESSION"));
		serializer.setCookiePath("/");
		serializer.setUseHttpOnlyCookie(true);
		serializer.setSameSite("Lax");
		serializer.setUseSecureCookie(properties.cookies().secure());
		return serializer;
	}

}
