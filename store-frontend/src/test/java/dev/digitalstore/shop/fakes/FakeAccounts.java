package dev.digitalstore.shop.fakes;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.digitalstore.shop.account.AccessToken;
import dev.digitalstore.shop.account.Me;
import dev.digitalstore.shop.backend.BackendProblem;
import dev.digitalstore.shop.backend.BackendProblemException;

/** Accounts and bearer tokens of the fake API, with revocation like the real one. */
public class FakeAccounts {

	private final AtomicLong ids;

	private final Map<String, Account> byEmail = new ConcurrentHashMap<>();

	private final Map<String, Me> tokens = new ConcurrentHashMap<>();

	private final Set<String> revoked = ConcurrentHashMap.newKeySet();

	FakeAccounts(AtomicLong ids) {
		this.ids = ids;
	}

	Me add(String email, String password, String displayName, List<String> roles) {
		Me me = new Me(this.ids.incrementAndGet(), email, displayName, roles);
		if (this.byEmail.putIfAbsent(email.toLowerCase(), new Account(me, password)) != null) {
			throw new BackendProblemException.Conflict(
					BackendProblem.of(409, "email-taken", "E-mail taken", "An account exists for " + email));
		}
		return me;
	}

	AccessToken token(String email, String password) {
		Account account = this.byEmail.get(email.toLowerCase());
		if (account == null || !account.password().equals(password)) {
			throw unauthorized("Wrong e-mail or password");
		}
		String token = "fake-" + UUID.randomUUID();
		this.tokens.put(token, account.me());
		return new AccessToken(token, "Bearer", 3600);
	}

	/**
	 * The customer a token belongs to; a revoked or unknown token is refused with 401.
	 */
	Me me(String token) {
		Me me = (token != null && !this.revoked.contains(token)) ? this.tokens.get(token) : null;
		if (me == null) {
			throw unauthorized("Invalid token");
		}
		return me;
	}

	void revoke(String token) {
		me(token);
		this.revoked.add(token);
	}

	/** Whether any token of this customer was revoked (signed out). */
	public boolean signedOut(String email) {
		return this.revoked.stream().map(this.tokens::get).anyMatch((me) -> me.email().equalsIgnoreCase(email));
	}

	/** Tokens issued and not revoked, for a customer. */
	public long liveTokens(String email) {
		return this.tokens.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().email().equalsIgnoreCase(email))
			.filter((entry) -> !this.revoked.contains(entry.getKey()))
			.count();
	}

	public Me register(String email, String password, String displayName) {
		return add(email, password, displayName, List.of("CUSTOMER"));
	}

	static BackendProblemException.Unauthorized unauthorized(String detail) {
		return new BackendProblemException.Unauthorized(BackendProblem.of(401, "unauthorized", "Unauthorized", detail));
	}

	private record Account(Me me, String password) {
	}

}
