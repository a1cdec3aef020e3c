package dev.digitalstore.store.account;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	@Test
	void acceptsTenToOneHundredTwentyEightCharacters() {
		assertThat(PasswordPolicy.violation("a".repeat(10), "ann@example.com")).isEmpty();
		assertThat(PasswordPolicy.violation("a".repeat(128), "ann@example.com")).isEmpty();
	}

	@Test
	void refusesShorterOrLongerPasswords() {
		assertThat(PasswordPolicy.violation("a".repeat(9), "ann@example.com"))
			.contains("must be at least 10 characters long");
		assertThat(PasswordPolicy.violation("a".repeat(129), "ann@example.com"))
			.contains("must be at most 128 characters long");
	}

	@Test
	void refusesTheEmailAddressWhateverItsCase() {
		assertThat(PasswordPolicy.violation("Ann.Smith@Example.com", "ann.smith@example.com"))
			.contains("must not be the e-mail address");
	}

}
