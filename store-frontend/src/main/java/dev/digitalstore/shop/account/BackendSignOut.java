package dev.digitalstore.shop.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

import dev.digitalstore.shop.backend.BackendException;

/**
 * At sign-out, revokes the backend token before the session is invalidated, so a copy of
 * the session could not keep using it. The API being down does not stop a sign-out.
 */
@Component
class BackendSignOut implements LogoutHandler {

	private static final Logger logger = LoggerFactory.getLogger(BackendSignOut.class);

	private final AccountClient accounts;

	BackendSignOut(AccountClient accounts) {
		this.accounts = accounts;
	}

	@Override
	public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
		SessionCredentials signedIn = SessionCredentials.of(request);
		if (signedIn != null) {
			try {
				this.accounts.signOut(signedIn.accessToken());
			}
			catch (BackendException ex) {
				logger.warn("Could not revoke the access token at sign-out: {}", ex.getMessage());
			}
		}
	}

}
