package dev.digitalstore.store.checkout;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.digitalstore.store.shared.web.ProblemException;

/**
 * Idempotency keys for unsafe requests (IETF draft "The Idempotency-Key HTTP Header
 * Field", as Stripe does it). The first request with a key claims it and runs; a repeat
 * with the same request gets the first response byte for byte; with another request, 422;
 * while the first still runs, 409. Keys are scoped (per customer, or per guest cart) and
 * kept for {@code idempotency-ttl}.
 * <p>
 * What is stored: the action's returned responses, success or not (a declined card: the
 * charge happened and must not happen again). What releases the key instead: any
 * exception the action throws, a refusal before anything lasting happened (out of stock,
 * an empty cart, an unknown payment token) or an unexpected failure. Nothing stays behind
 * that a retry could duplicate, so the client may retry the same key, possibly with a
 * corrected body. Requests the framework rejects (malformed JSON, invalid fields) never
 * reach this class and never claim a key.
 */
@Component
class IdempotentRequests {

	static final int MAX_KEY_LENGTH = 255;

	private static final Logger log = LoggerFactory.getLogger(IdempotentRequests.class);

	private final IdempotencyRepository records;

	private final Duration lock;

	private final Duration ttl;

	IdempotentRequests(IdempotencyRepository records, CheckoutProperties properties) {
		this.records = records;
		this.lock = properties.idempotencyLock();
		this.ttl = properties.idempotencyTtl();
	}

	/**
	 * @param scope whose key it is; keys of different scopes never meet
	 * @param canonicalRequest method, path and canonical body of the request
	 */
	StoredResponse execute(String scope, String key, byte[] canonicalRequest, Supplier<StoredResponse> action) {
		if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
			throw new IdempotencyProblem(HttpStatus.BAD_REQUEST, "idempotency-key-required", "Idempotency key required",
					"Send an Idempotency-Key header of 1 to 255 characters, "
							+ "new for each purchase and the same when you retry it.");
		}
		byte[] hash = sha256(canonicalRequest);
		if (!this.records.claim(scope, key, hash, this.lock, this.ttl)) {
			IdempotencyRepository.Existing existing = this.records.find(scope, key).orElse(null);
			if (existing == null) {
				// Released or purged between our insert and our read: the client retries.
				throw inProgress();
			}
			if (!MessageDigest.isEqual(existing.requestHash(), hash)) {
				throw new IdempotencyProblem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
						"Idempotency key reused", "This Idempotency-Key was used with a different request.");
			}
			if (existing.completed()) {
				return new StoredResponse(existing.responseStatus(), existing.contentType(), existing.body(), true);
			}
			if (!existing.lockExpired() || !this.records.takeOver(scope, key, this.lock)) {
				throw inProgress();
			}
			log.warn("Took over idempotency key of a request that did not finish in {}", this.lock);
		}
		StoredResponse response;
		try {
			response = action.get();
		}
		catch (RuntimeException | Error ex) {
			this.records.release(scope, key);
			throw ex;
		}
		this.records.complete(scope, key, response, this.ttl);
		return response;
	}

	@Scheduled(initialDelayString = "${store.checkout.purge-interval:1h}",
			fixedDelayString = "${store.checkout.purge-interval:1h}")
	void purgeExpired() {
		int purged;
		do {
			purged = this.records.purgeExpired(1000);
		}
		while (purged == 1000);
	}

	private static IdempotencyProblem inProgress() {
		return new IdempotencyProblem(HttpStatus.CONFLICT, "request-in-progress", "Request in progress",
				"A request with this Idempotency-Key is still being processed. Retry in a moment.");
	}

	private static byte[] sha256(byte[] bytes) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(bytes);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JVM", ex);
		}
	}

	static byte[] canonical(String method, String path, byte[] body) {
		byte[] head = (method + " " + path + "\n").getBytes(StandardCharsets.UTF_8);
		byte[] all = new byte[head.length + body.length];
		System.arraycopy(head, 0, all, 0, head.length);
		System.arraycopy(body, 0, all, head.length, body.length);
		return all;
	}

	static final class IdempotencyProblem extends ProblemException {

		IdempotencyProblem(HttpStatus status, String type, String title, String detail) {
			super(status, type, title, detail);
		}

	}

}
