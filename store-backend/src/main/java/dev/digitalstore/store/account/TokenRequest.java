package dev.digitalstore.store.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A sign-in. Only sizes are checked here: the password policy may change, the passwords
 * already stored must keep working.
 */
record TokenRequest(@NotBlank @Size(max = 254) String email,
		@NotNull @Size(max = PasswordPolicy.MAX_LENGTH) String password) {

	@Override
	public String toString() {
		return "TokenRequest[email=" + this.email + "]";
	}

}
