package dev.digitalstore.store.testsupport;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

import dev.digitalstore.store.account.AccountApi;
import dev.digitalstore.store.account.CustomerProfile;
import dev.digitalstore.store.catalog.CatalogApi;
import dev.digitalstore.store.catalog.ProductFile;
import dev.digitalstore.store.catalog.ProductKind;
import dev.digitalstore.store.catalog.ProductOffer;
import dev.digitalstore.store.outbox.Outbox;
import tools.jackson.databind.json.JsonMapper;

/**
 * TEMPORARY: minimal implementations of the catalog, account and outbox facades, until
 * those features land on main. Delete when merging them.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FacadeStandIns {

	@Bean
	CatalogApi catalogStandIn(JdbcClient jdbc) {
		return new CatalogApi() {
			@Override
			public Map<Long, ProductOffer> offers(Collection<Long> productIds) {
				Map<Long, ProductOffer> offers = new LinkedHashMap<>();
				jdbc.sql("select id, slug, title, price_minor, currency, kind, active from product where id = any(?)")
					.param(new SqlArrayValue("bigint", productIds.toArray()))
					.query((RowCallbackHandler) (rs) -> offers.put(rs.getLong("id"),
							new ProductOffer(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
									rs.getLong("price_minor"), rs.getString("currency"),
									ProductKind.valueOf(rs.getString("kind")), rs.getBoolean("active"))));
				return offers;
			}

			@Override
			public Optional<ProductOffer> offer(long productId) {
				return Optional.ofNullable(offers(java.util.List.of(productId)).get(productId));
			}

			@Override
			public Optional<ProductFile> file(long productId) {
				return Optional.empty();
			}
		};
	}

	@Bean
	AccountApi accountStandIn(JdbcClient jdbc) {
		return (customerId) -> jdbc.sql("select id, email, display_name, role from customer where id = ?")
			.param(customerId)
			.query((rs, row) -> new CustomerProfile(rs.getLong("id"), rs.getString("email"),
					rs.getString("display_name"), "ADMIN".equals(rs.getString("role"))))
			.optional();
	}

	@Bean
	Outbox outboxStandIn(JdbcClient jdbc, JsonMapper jsonMapper) {
		return (topic, key, payload) -> jdbc.sql("""
				insert into outbox_message (topic, message_key, payload) values (?, ?, cast(? as jsonb))
				on conflict do nothing
				""").params(topic, key, jsonMapper.writeValueAsString(payload)).update() == 1;
	}

}
