package dev.digitalstore.shop.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders every error the container reports (404, 403 from security, 500) as a page in
 * the shop's layout: a status and a sentence, never an exception or a stack trace.
 */
@Controller
class ShopErrorController implements ErrorController {

	@RequestMapping("/error")
	ModelAndView error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		return ErrorPage.of((status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR);
	}

}
