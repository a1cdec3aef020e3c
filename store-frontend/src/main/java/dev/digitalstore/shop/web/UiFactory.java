package dev.digitalstore.shop.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import dev.digitalstore.shop.account.Me;
import dev.digitalstore.shop.cart.CurrentCart;

/**
 * Builds the {@link Ui} of a request; {@link JteView} gives it to every page as
 * {@code ui}.
 */
@Component
class UiFactory {

	private final MessageSource messages;

	private final ResourceUrlProvider resourceUrls;

	private final CurrentCart currentCart;

	UiFactory(MessageSource messages, ResourceUrlProvider mvcResourceUrlProvider, CurrentCart currentCart) {
		this.messages = messages;
		this.resourceUrls = mvcResourceUrlProvider;
		this.currentCart = currentCart;
	}

	Ui create(HttpServletRequest request) {
		Locale locale = RequestContextUtils.getLocale(request);
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Me me = (authentication != null && authentication.getPrincipal() instanceof Me principal) ? principal : null;
		String path = RequestPath.withQuery(request);
		Map<String, ?> flash = RequestContextUtils.getInputFlashMap(request);
		Object notice = (flash != null) ? flash.get(Notice.ATTRIBUTE) : null;
		return new Ui(locale, this.messages, csrf, me, this.currentCart.itemCount(request), path,
				(notice instanceof Notice found) ? found : null, this::asset);
	}

	/** A static file's URL with its content hash, so it can be cached for a year. */
	private String asset(String path) {
		String versioned = this.resourceUrls.getForLookupPath(path);
		return (versioned != null) ? versioned : path;
	}

}
