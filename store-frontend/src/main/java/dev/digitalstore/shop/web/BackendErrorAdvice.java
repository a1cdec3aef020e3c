package dev.digitalstore.shop.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import dev.digitalstore.shop.backend.BackendProblemException;
import dev.digitalstore.shop.backend.BackendUnavailableException;

/**
 * What the shopper sees when the store API fails and the page itself has no better
 * answer: a friendly page with the right status, or the sign-in page when the session's
 * token is no longer accepted.
 */
@ControllerAdvice
class BackendErrorAdvice {

	private static final Logger logger = LoggerFactory.getLogger(BackendErrorAdvice.class);

	@ExceptionHandler(BackendUnavailableException.class)
	ModelAndView unavailable(BackendUnavailableException ex) {
		logger.warn("Store API unavailable: {}", ex.getMessage());
		return ErrorPage.of(HttpStatus.SERVICE_UNAVAILABLE);
	}

	@ExceptionHandler(BackendProblemException.Unauthorized.class)
	ModelAndView signInAgain(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		String next = "GET".equals(request.getMethod()) ? request.getRequestURI() : "/";
		return new ModelAndView("redirect:/sign-in?expired&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
	}

	@ExceptionHandler(BackendProblemException.class)
	ModelAndView refused(BackendProblemException ex) {
		HttpStatus status = HttpStatus.resolve(ex.status());
		if (status == null || !status.is4xxClientError()) {
			status = HttpStatus.BAD_GATEWAY;
		}
		logger.debug("Store API refused: {}", ex.getMessage());
		return ErrorPage.of(status);
	}

}
