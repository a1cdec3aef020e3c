package dev.digitalstore.shop.account;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets controller methods declare a {@link Shopper} parameter. */
@Configuration(proxyBeanMethods = false)
class ShopperArgumentResolver implements HandlerMethodArgumentResolver, WebMvcConfigurer {

	private final Shoppers shoppers;

	ShopperArgumentResolver(Shoppers shoppers) {
		this.shoppers = shoppers;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == Shopper.class;
	}

	@Override
	public Shopper resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		return this.shoppers.current(webRequest.getNativeRequest(HttpServletRequest.class));
	}

}
