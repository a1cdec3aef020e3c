package dev.digitalstore.store.account;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Registration, sign-in and sign-out. */
@RestController
@RequestMapping("/api/auth")
class AuthController {

	private final Registration registration;

	private final SignIn signIn;

	private final RevokedTokens revokedTokens;

	AuthController(Registration registration, SignIn signIn, RevokedTokens revokedTokens) {
		this.registration = registration;
		this.signIn = signIn;
		this.revokedTokens = revokedTokens;
	}

	@PostMapping("/register")
	ResponseEntity<Me> register(@Valid @RequestBody RegisterRequest request) {
		Customer customer = this.registration.register(request);
		return ResponseEntity.created(URI.create("/api/me")).body(Me.of(customer));
	}

	@PostMapping("/token")
	AccessToken token(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
		// Behind the load balancer the forwarded-headers filter has already put the
		// client's address here.
		return this.signIn.signIn(request.email(), request.password(), http.getRemoteAddr());
	}

	@PostMapping("/sign-out")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void signOut(@AuthenticationPrincipal Jwt token) {
		this.revokedTokens.revoke(token.getId(), token.getExpiresAt());
	}

}
