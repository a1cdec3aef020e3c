package dev.digitalstore.shop.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The registration form. */
public record RegisterForm(@NotBlank @Size(max = 100) String displayName,
		@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(min = 8, max = 200) String password,
		String next) {

	static RegisterForm empty(String next) {
		return new RegisterForm("", "", "", next);
	}

}
