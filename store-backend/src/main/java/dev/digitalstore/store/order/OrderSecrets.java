package dev.digitalstore.store.order;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * References and access tokens of orders. References are random (order volumes do not
 * leak) and easy to read out: no 0/O or 1/I. An access token is HMAC-SHA256 of the
 * reference with the server's key (256 bits, base64url): it can be derived again for an
 * e-mail without being stored, and only its SHA-256 is kept, so a copy of the database
 * alone opens no order.
 */
@Component
class OrderSecrets {

	static final String REFERENCE_PREFIX = "DS-";

	private static final char[] REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

	private static final int REFERENCE_LENGTH = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecretKeySpec key;

	OrderSecrets(OrderProperties properties) {
		this.key = new SecretKeySpec(properties.accessTokenSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
	}

	static String newReference() {
		StringBuilder reference = new StringBuilder(REFERENCE_PREFIX);
		for (int i = 0; i < REFERENCE_LENGTH; i++) {
			reference.append(REFERENCE_ALPHABET[RANDOM.nextInt(REFERENCE_ALPHABET.length)]);
		}
		return reference.toString();
	}

	String accessToken(String reference) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			byte[] token = mac.doFinal(("order-access:" + reference).getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is required of every JVM", ex);
		}
	}

	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every JVM", ex);
		}
	}

	/** Constant-time, so response times do not reveal how much of a guess was right. */
	static boolean matches(String token, byte[] expectedHash) {
		return token != null && !token.isEmpty() && MessageDigest.isEqual(hash(token), expectedHash);
	}

}
