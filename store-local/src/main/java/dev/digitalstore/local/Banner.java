package dev.digitalstore.local;

import java.util.List;

/** What the launcher prints once the store is ready: where to go and how to sign in. */
final class Banner {

	private Banner() {
	}

	static List<String> lines(LocalStore store) {
		LocalStoreSettings settings = store.settings();
		String password = LocalStoreSettings.DEFAULT_ADMIN_PASSWORD.equals(settings.adminPassword())
				? settings.adminPassword() : "the password in STORE_ADMIN_PASSWORD";
		return List.of("", "Digital Store is running.", "  Shop   " + store.shopUrl(),
				"  Admin  " + store.shopUrl() + "/admin  (sign in as " + settings.adminEmail() + " / " + password + ")",
				"  API    " + store.apiUrl() + "/api  (OpenAPI: " + store.apiUrl() + "/swagger-ui.html)",
				"  Data   " + settings.dataDirectory() + " (" + store.databaseDescription() + ")",
				"Test cards at checkout: tok_visa pays, tok_chargeDeclined is declined. Press Ctrl-C to stop.");
	}

}
