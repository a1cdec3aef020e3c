package dev.digitalstore.store.checkout;

import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * idempotency_record rows. Every statement commits on its own (no surrounding
 * transaction): a claim must be visible to concurrent requests at once, and must outlive
 * the work it guards if that work rolls back.
 */
@Repository
class IdempotencyRepository {

	private final JdbcClient jdbc;

	IdempotencyRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** True if this request now holds the key; false if a record exists already. */
	boolean claim(String scope, String key, byte[] requestHash, Duration lock, Duration ttl) {
		return this.jdbc.sql("""
				insert into idempotency_record (scope, idempotency_key, request_hash, status, locked_until, expires_at)
				values (?, ?, ?, 'IN_PROGRESS', now() + ? * interval '1 millisecond',
				    now() + ? * interval '1 millisecond')
				on conflict do nothing
				""").params(scope, key, requestHash, lock.toMillis(), ttl.toMillis()).update() == 1;
	}

	Optional<Existing> find(String scope, String key) {
		return this.jdbc.sql("""
				select request_hash, status, response_status, response_content_type, response_body,
				    locked_until < now() as lock_expired
				from idempotency_record where scope = ? and idempotency_key = ?
				""")
			.params(scope, key)
			.query((rs, row) -> new Existing(rs.getBytes("request_hash"), "COMPLETED".equals(rs.getString("status")),
					rs.getInt("response_status"), rs.getString("response_content_type"), rs.getBytes("response_body"),
					rs.getBoolean("lock_expired")))
			.optional();
	}

	/**
	 * Takes over the key of a request that died holding it; true for exactly one taker.
	 */
	boolean takeOver(String scope, String key, Duration lock) {
		return this.jdbc.sql("""
				update idempotency_record set locked_until = now() + ? * interval '1 millisecond'
				where scope = ? and idempotency_key = ? and status = 'IN_PROGRESS' and locked_until < now()
				""").params(lock.toMillis(), scope, key).update() == 1;
	}

	void complete(String scope, String key, StoredResponse response, Duration ttl) {
		this.jdbc.sql("""
				update idempotency_record
				set status = 'COMPLETED', response_status = ?, response_content_type = ?, response_body = ?,
				    expires_at = now() + ? * interval '1 millisecond'
				where scope = ? and idempotency_key = ? and status = 'IN_PROGRESS'
				""")
			.params(response.status(), response.contentType(), response.body(), ttl.toMillis(), scope, key)
			.update();
	}

	void release(String scope, String key) {
		this.jdbc
			.sql("delete from idempotency_record where scope = ? and idempotency_key = ? and status = 'IN_PROGRESS'")
			.params(scope, key)
			.update();
	}

	int purgeExpired(int limit) {
		return this.jdbc.sql("""
				delete from idempotency_record where ctid in (
				    select ctid from idempotency_record where expires_at < now() limit ?)
				""").param(limit).update();
	}

	record Existing(byte[] requestHash, boolean completed, int responseStatus, String contentType, byte[] body,
			boolean lockExpired) {

	}

}
