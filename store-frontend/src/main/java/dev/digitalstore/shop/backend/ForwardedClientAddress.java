package dev.digitalstore.shop.backend;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells the store API who the shopper is: the address of the browser's request being
 * served, as {@code X-Forwarded-For}. Without it the API sees every shopper as this pod,
 * and its per-address sign-in throttling would lock out everyone at once. The API trusts
 * the header only from internal addresses (Tomcat's RemoteIpValve), as this app does with
 * the load balancer's: the address here is already the real client's, never a value a
 * shopper sent.
 */
class ForwardedClientAddress implements ClientHttpRequestInterceptor {

	static final String HEADER = "X-Forwarded-For";

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		HttpServletRequest shopperRequest = currentRequest();
		if (shopperRequest != null && shopperRequest.getRemoteAddr() != null) {
			request.getHeaders().set(HEADER, shopperRequest.getRemoteAddr());
		}
		return execution.execute(request, body);
	}

	/** The browser's request this thread serves, if any (not in background work). */
	private static HttpServletRequest currentRequest() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest();
		}
		return null;
	}

}
