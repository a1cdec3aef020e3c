package dev.digitalstore.store.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * The first administrator, set up at start (environment {@code STORE_ADMIN_EMAIL},
 * {@code STORE_ADMIN_PASSWORD}). Created if no account has the e-mail address, promoted
 * if a customer has it; an existing account keeps its password, so changing the setting
 * later does not change it. Unset: nothing happens.
 */
@ConfigurationProperties("store.account.admin")
record AdminProperties(String email, String password) {

	boolean configured() {
		return StringUtils.hasText(this.email);
	}

	@Override
	public String toString() {
		return "AdminProperties[email=" + this.email + ", password=" + (StringUtils.hasText(this.password) ? "***" : "")
				+ "]";
	}

}
