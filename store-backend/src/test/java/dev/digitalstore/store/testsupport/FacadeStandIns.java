package dev.digitalstore.store.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.digitalstore.store.account.AccountApi;
import dev.digitalstore.store.account.CustomerProfile;

/**
 * TEMPORARY: the account facade, read straight from the customer table, until the account
 * feature lands on main. Delete when merging it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FacadeStandIns {

	@Bean
	AccountApi accountStandIn(JdbcClient jdbc) {
		return (customerId) -> jdbc.sql("select id, email, display_name, role from customer where id = ?")
			.param(customerId)
			.query((rs, row) -> new CustomerProfile(rs.getLong("id"), rs.getString("email"),
					rs.getString("display_name"), "ADMIN".equals(rs.getString("role"))))
			.optional();
	}

}
