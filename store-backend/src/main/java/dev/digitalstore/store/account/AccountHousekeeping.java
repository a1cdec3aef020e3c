package dev.digitalstore.store.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.digitalstore.store.account.throttle.SignInThrottle;

/**
 * Deletes sign-in counters whose window is over, stale known addresses and revocations of
 * expired tokens. Every replica may run it: the deletes are idempotent.
 */
@Component
class AccountHousekeeping {

	private static final Logger log = LoggerFactory.getLogger(AccountHousekeeping.class);

	private final SignInThrottle throttle;

	private final RevokedTokens revokedTokens;

	AccountHousekeeping(SignInThrottle throttle, RevokedTokens revokedTokens) {
		this.throttle = throttle;
		this.revokedTokens = revokedTokens;
	}

	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT10M")
	void purge() {
		try {
			int throttleRows = this.throttle.purgeExpired();
			int revocations = this.revokedTokens.purgeExpired();
			log.debug("Purged {} sign-in throttle rows and {} expired revocations", throttleRows, revocations);
		}
		catch (DataAccessException ex) {
			// The next run catches up; nothing depends on these rows being gone.
			log.warn("Account housekeeping failed: {}", ex.getMessage());
		}
	}

}
