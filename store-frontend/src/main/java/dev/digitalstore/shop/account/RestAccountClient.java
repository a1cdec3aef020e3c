package dev.digitalstore.shop.account;

import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import dev.digitalstore.shop.backend.Bearer;

@Component
class RestAccountClient implements AccountClient {

	private final RestClient backend;

	RestAccountClient(RestClient backendRestClient) {
		this.backend = backendRestClient;
	}

	@Override
	public Me register(Registration registration) {
		return this.backend.post().uri("/api/auth/register").body(registration).retrieve().body(Me.class);
	}

	@Override
	public AccessToken token(String email, String password) {
		return this.backend.post()
			.uri("/api/auth/token")
			.body(Map.of("email", email, "password", password))
			.retrieve()
			.body(AccessToken.class);
	}

	@Override
	public Me me(String accessToken) {
		return this.backend.get().uri("/api/me").headers(Bearer.of(accessToken)).retrieve().body(Me.class);
	}

	@Override
	public void signOut(String accessToken) {
		this.backend.post().uri("/api/auth/sign-out").headers(Bearer.of(accessToken)).retrieve().toBodilessEntity();
	}

}
