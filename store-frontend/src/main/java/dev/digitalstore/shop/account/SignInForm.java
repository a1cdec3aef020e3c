package dev.digitalstore.shop.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** The sign-in form. */
public record SignInForm(@NotBlank @Email String email, @NotBlank String password, String next) {

	static SignInForm empty(String next) {
		return new SignInForm("", "", next);
	}

}
