package dev.digitalstore.store.account.throttle;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rate limits sign-in attempts per account and client address, with counters in the
 * database shared by every replica.
 * <p>
 * An attempt is counted as a failure <em>before</em> its password is checked, and
 * {@link #succeeded} takes it back. Counting first with atomic upserts means concurrent
 * attempts cannot all slip under a limit while their passwords are being hashed. An
 * attempt that is refused is rolled back, so refused attempts do not extend a lockout.
 */
@Component
public class SignInThrottle {

	// Longest remote address kept; with the prefixes and a 254-character e-mail a bucket
	// key stays within its 320 characters.
	private static final int MAX_ADDRESS_LENGTH = 60;

	private static final String COUNT_ATTEMPT = """
			insert into sign_in_throttle as t (bucket, window_start, failures)
			values (:bucket, now(), 1)
			on conflict (bucket) do update set
			    window_start = case when t.window_start <= now() - make_interval(secs => :window)
			                        then now() else t.window_start end,
			    failures = case when t.window_start <= now() - make_interval(secs => :window)
			                    then 1 else t.failures + 1 end
			returning window_start, failures, now() as counted_at
			""";

	private static final String KNOWN_ADDRESS = """
			select exists (select 1 from known_sign_in_address k join customer c on c.id = k.customer_id
			               where c.email_normalized = :email and k.address = :address)
			""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final SignInProperties limits;

	private final ThrottlePolicy policy;

	public SignInThrottle(JdbcClient jdbc, PlatformTransactionManager transactionManager, SignInProperties limits) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.limits = limits;
		this.policy = new ThrottlePolicy(limits);
	}

	/**
	 * Counts an attempt to sign in as {@code email} from {@code address}, unless a limit
	 * is already reached.
	 * @param email the normalised e-mail address, whether or not an account has it (so
	 * throttling tells nothing about which accounts exist)
	 * @param address the client's address
	 */
	public ThrottleDecision tryAcquire(String email, String address) {
		Buckets buckets = new Buckets(email, address);
		return this.transactions.execute((status) -> {
			// Always in this order, so that concurrent attempts lock rows in the same
			// order.
			Counted accountAndAddress = count(buckets.accountAndAddress());
			Counted perAddress = count(buckets.address());
			Counted account = count(buckets.account());
			boolean known = this.jdbc.sql(KNOWN_ADDRESS)
				.param("email", email)
				.param("address", buckets.clientAddress())
				.query(Boolean.class)
				.single();
			AttemptCounts counts = new AttemptCounts(accountAndAddress.count(), perAddress.count(), account.count());
			ThrottleDecision decision = this.policy.decide(counts, known, account.countedAt());
			if (!decision.allowed()) {
				status.setRollbackOnly();
			}
			return decision;
		});
	}

	/**
	 * Takes back the attempt counted by {@link #tryAcquire}: the password was right.
	 * Clears the account's counter for this address and remembers the address as the
	 * owner's.
	 */
	public void succeeded(long customerId, String email, String address) {
		Buckets buckets = new Buckets(email, address);
		// One statement at a time (no transaction holding several rows), so this cannot
		// deadlock with concurrent attempts.
		this.jdbc.sql("delete from sign_in_throttle where bucket = :bucket")
			.param("bucket", buckets.accountAndAddress())
			.update();
		takeBack(buckets.address());
		takeBack(buckets.account());
		this.jdbc.sql("""
				insert into known_sign_in_address (customer_id, address, last_seen) values (:customer, :address, now())
				on conflict (customer_id, address) do update set last_seen = excluded.last_seen
				""").param("customer", customerId).param("address", buckets.clientAddress()).update();
	}

	/**
	 * Takes back the attempt counted by {@link #tryAcquire} without a verdict: the
	 * password could not be checked, which must not count against the account.
	 */
	public void abandoned(String email, String address) {
		Buckets buckets = new Buckets(email, address);
		takeBack(buckets.accountAndAddress());
		takeBack(buckets.address());
		takeBack(buckets.account());
	}

	/** Deletes counters whose window is over and addresses not used for a long time. */
	public int purgeExpired() {
		int counters = this.jdbc
			.sql("delete from sign_in_throttle where window_start <= now() - make_interval(secs => :window)")
			.param("window", (double) this.limits.window().toSeconds())
			.update();
		int addresses = this.jdbc
			.sql("delete from known_sign_in_address where last_seen < now() - make_interval(secs => :retention)")
			.param("retention", (double) this.limits.knownAddressRetention().toSeconds())
			.update();
		return counters + addresses;
	}

	private void takeBack(String bucket) {
		this.jdbc.sql("update sign_in_throttle set failures = failures - 1 where bucket = :bucket and failures > 0")
			.param("bucket", bucket)
			.update();
	}

	private Counted count(String bucket) {
		return this.jdbc.sql(COUNT_ATTEMPT)
			.param("bucket", bucket)
			.param("window", (double) this.limits.window().toSeconds())
			.query((rs,
					row) -> new Counted(new BucketCount(instant(rs.getObject("window_start", OffsetDateTime.class)),
							rs.getInt("failures")), instant(rs.getObject("counted_at", OffsetDateTime.class))))
			.single();
	}

	private static Instant instant(OffsetDateTime time) {
		return time.toInstant();
	}

	private record Counted(BucketCount count, Instant countedAt) {
	}

	/**
	 * Counter keys; the e-mail is last because it is the only part that may contain any
	 * character.
	 */
	private record Buckets(String email, String clientAddress) {

		Buckets {
			clientAddress = (clientAddress.length() > MAX_ADDRESS_LENGTH)
					? clientAddress.substring(0, MAX_ADDRESS_LENGTH) : clientAddress;
		}

		String accountAndAddress() {
			return "ai:" + this.clientAddress + " " + this.email;
		}

		String address() {
			return "i:" + this.clientAddress;
		}

		String account() {
			return "a:" + this.email;
		}

	}

}
