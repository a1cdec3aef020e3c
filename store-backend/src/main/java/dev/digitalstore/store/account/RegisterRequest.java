package dev.digitalstore.store.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A new customer's sign-up form. The password is taken as typed, never trimmed. */
record RegisterRequest(@NotBlank @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") String email,
		@NotNull @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH) String password,
		@NotBlank @Size(max = 120) String displayName) {

	RegisterRequest {
		email = (email != null) ? email.strip() : null;
		displayName = (displayName != null) ? displayName.strip() : null;
	}

	@Override
	public String toString() {
		return "RegisterRequest[email=" + this.email + "]";
	}

}
