package dev.digitalstore.shop.account;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import dev.digitalstore.shop.backend.BackendProblem;
import dev.digitalstore.shop.backend.BackendProblemException;

/** Finds the current {@link Shopper} from the security context and the session. */
@Component
public class Shoppers {

	private final Clock clock;

	Shoppers(ObjectProvider<Clock> clock) {
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * The shopper of this request. A signed-in shopper whose token has expired is asked
	 * to sign in again, like a token the API refuses.
	 */
	public Shopper current(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof Me me)) {
			return Shopper.GUEST;
		}
		SessionCredentials credentials = SessionCredentials.of(request);
		if (credentials == null || credentials.expired(this.clock.instant())) {
			throw new BackendProblemException.Unauthorized(
					BackendProblem.of(401, "session-expired", "Session expired", "Please sign in again."));
		}
		return new Shopper(me, credentials.accessToken());
	}

}
