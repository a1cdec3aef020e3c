package dev.digitalstore.store.payment;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe-style webhook signatures: header
 * {@code Store-Signature: t=<unix seconds>,v1=<hex
 * HMAC-SHA256(secret, t + "." + body)>}. The timestamp is signed too, so an old event
 * cannot be replayed with a fresh one; several {@code v1} entries are accepted so the
 * secret can be rotated.
 */
final class WebhookSignatures {

	static final String HEADER = "Store-Signature";

	private final byte[] secret;

	private final Duration tolerance;

	private final Clock clock;

	WebhookSignatures(String secret, Duration tolerance, Clock clock) {
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
		this.tolerance = tolerance;
		this.clock = clock;
	}

	String sign(byte[] body) {
		long timestamp = this.clock.instant().getEpochSecond();
		return "t=" + timestamp + ",v1=" + hmacHex(timestamp, body);
	}

	/**
	 * True only for a well-formed header, a timestamp within tolerance and a matching
	 * signature.
	 */
	boolean verify(String header, byte[] body) {
		if (header == null || header.length() > 1000) {
			return false;
		}
		Long timestamp = null;
		for (String part : header.split(",")) {
			if (part.trim().startsWith("t=")) {
				timestamp = parseTimestamp(part.trim().substring(2));
			}
		}
		if (timestamp == null
				|| Math.abs(this.clock.instant().getEpochSecond() - timestamp) > this.tolerance.toSeconds()) {
			return false;
		}
		byte[] expected = hmacHex(timestamp, body).getBytes(StandardCharsets.US_ASCII);
		boolean valid = false;
		for (String part : header.split(",")) {
			if (part.trim().startsWith("v1=")) {
				// Constant time, and every candidate is checked: timing says nothing
				// about the secret.
				valid |= MessageDigest.isEqual(expected, part.trim().substring(3).getBytes(StandardCharsets.US_ASCII));
			}
		}
		return valid;
	}

	private static Long parseTimestamp(String value) {
		if (value.isEmpty() || value.length() > 12 || !value.chars().allMatch(Character::isDigit)) {
			return null;
		}
		return Long.valueOf(value);
	}

	private String hmacHex(long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
			return HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is required of every JVM", ex);
		}
	}

}
