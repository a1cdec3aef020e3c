package dev.digitalstore.shop.fakes;

import dev.digitalstore.shop.account.AccessToken;
import dev.digitalstore.shop.account.AccountClient;
import dev.digitalstore.shop.account.Me;
import dev.digitalstore.shop.account.Registration;
import dev.digitalstore.shop.backend.BackendProblem;
import dev.digitalstore.shop.backend.BackendProblemException;

/** Registration, tokens and sign-out over {@link FakeAccounts}. */
public class FakeAccountClient implements AccountClient {

	private final FakeBackend backend;

	public FakeAccountClient(FakeBackend backend) {
		this.backend = backend;
	}

	@Override
	public Me register(Registration registration) {
		this.backend.check();
		if (registration.password().length() < 8) {
			throw new BackendProblemException.InvalidRequest(new BackendProblem(null, "Invalid", 400, "Invalid",
					java.util.List.of(new BackendProblem.FieldError("password", "must be at least 8 characters")),
					java.util.Map.of()));
		}
		return this.backend.accounts.register(registration.email(), registration.password(),
				registration.displayName());
	}

	@Override
	public AccessToken token(String email, String password) {
		this.backend.check();
		return this.backend.accounts.token(email, password);
	}

	@Override
	public Me me(String accessToken) {
		this.backend.check();
		return this.backend.accounts.me(accessToken);
	}

	@Override
	public void signOut(String accessToken) {
		this.backend.check();
		this.backend.accounts.revoke(accessToken);
	}

}
