package dev.digitalstore.shop.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The registration form, with the store API's rules (docs/api.md, Accounts). */
public record RegisterForm(@NotBlank @Size(max = 120) String displayName,
		@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(min = 10, max = 128) String password,
		String next) {

	static RegisterForm empty(String next) {
		return new RegisterForm("", "", "", next);
	}

}
