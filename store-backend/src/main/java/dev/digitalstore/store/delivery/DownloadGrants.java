package dev.digitalstore.store.delivery;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The download_grant table. Every change is one conditional statement, so concurrent use
 * stays exact.
 */
@Repository
class DownloadGrants {

	private final JdbcClient jdbc;

	DownloadGrants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Creates the line's grant unless it has one: fulfilment may run again after a crash.
	 */
	boolean create(long orderId, long orderLineId, long productId, DownloadTokens.Issued token, Instant expiresAt,
			int maxDownloads) {
		return this.jdbc.sql("""
				insert into download_grant (order_id, order_line_id, product_id, token_hash, token_nonce, expires_at,
				    max_downloads)
				values (:orderId, :lineId, :productId, :hash, :nonce, :expiresAt, :max)
				on conflict (order_line_id) do nothing""")
			.param("orderId", orderId)
			.param("lineId", orderLineId)
			.param("productId", productId)
			.param("hash", token.hash())
			.param("nonce", token.nonce())
			.param("expiresAt", Timestamp.from(expiresAt))
			.param("max", maxDownloads)
			.update() == 1;
	}

	/**
	 * Uses one download of a valid grant, returning its product; empty when the grant
	 * cannot be used.
	 */
	Optional<Long> redeem(byte[] tokenHash) {
		return this.jdbc
			.sql("""
					update download_grant set downloads_used = downloads_used + 1
					where token_hash = :hash and revoked_at is null and expires_at > now() and downloads_used < max_downloads
					returning product_id""")
			.param("hash", tokenHash)
			.query(Long.class)
			.optional();
	}

	Optional<GrantRow> findByHash(byte[] tokenHash) {
		return this.jdbc.sql("select * from download_grant where token_hash = :hash")
			.param("hash", tokenHash)
			.query(GrantRow.class)
			.optional();
	}

	List<GrantRow> forOrder(long orderId) {
		return this.jdbc.sql("select * from download_grant where order_id = :orderId order by order_line_id")
			.param("orderId", orderId)
			.query(GrantRow.class)
			.list();
	}

	int revokeForOrder(long orderId) {
		return this.jdbc
			.sql("update download_grant set revoked_at = now() where order_id = :orderId and revoked_at is null")
			.param("orderId", orderId)
			.update();
	}

	/**
	 * A new link and time window for a grant of the customer's that still has downloads
	 * left; the count is kept.
	 */
	boolean renew(long customerId, long orderLineId, DownloadTokens.Issued token, Instant expiresAt) {
		return this.jdbc.sql("""
				update download_grant g set token_hash = :hash, token_nonce = :nonce, expires_at = :expiresAt
				from customer_order o
				where g.order_line_id = :lineId and o.id = g.order_id and o.customer_id = :customerId
				  and o.status = 'FULFILLED' and g.revoked_at is null and g.downloads_used < g.max_downloads""")
			.param("hash", token.hash())
			.param("nonce", token.nonce())
			.param("expiresAt", Timestamp.from(expiresAt))
			.param("lineId", orderLineId)
			.param("customerId", customerId)
			.update() == 1;
	}

	/** A grant as stored. */
	record GrantRow(long id, long orderId, long orderLineId, long productId, byte[] tokenNonce, Instant expiresAt,
			int maxDownloads, int downloadsUsed, Instant revokedAt) {

		int downloadsLeft() {
			return Math.max(0, this.maxDownloads - this.downloadsUsed);
		}

	}

}
