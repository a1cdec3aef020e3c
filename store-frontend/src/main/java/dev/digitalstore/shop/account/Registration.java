package dev.digitalstore.shop.account;

/** A new customer account. */
public record Registration(String email, String password, String displayName) {

	@Override
	public String toString() {
		return "Registration[email=" + this.email + "]";
	}

}
