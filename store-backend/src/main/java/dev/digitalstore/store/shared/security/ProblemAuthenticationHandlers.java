package dev.digitalstore.store.shared.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import dev.digitalstore.store.shared.web.ProblemException;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 as problem details, like every other error of the API. */
final class ProblemAuthenticationHandlers {

	private final JsonMapper jsonMapper;

	ProblemAuthenticationHandlers(JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
	}

	AuthenticationEntryPoint entryPoint() {
		return (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Bearer");
			write(response, HttpStatus.UNAUTHORIZED, "unauthorized", "Sign-in required",
					"This request needs a valid access token.");
		};
	}

	AccessDeniedHandler accessDeniedHandler() {
		return (request, response, ex) -> write(response, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
				"You are not allowed to do this.");
	}

	private void write(HttpServletResponse response, HttpStatus status, String type, String title, String detail)
			throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create(ProblemException.TYPE_BASE + type));
		problem.setTitle(title);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.jsonMapper.writeValue(response.getOutputStream(), problem);
	}

}
