package dev.digitalstore.store.order;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * References and access tokens of orders. References are random (order volumes do not
 * leak) and easy to read out: no 0/O or 1/I. Access tokens are 256 random bits of which
 * only the SHA-256 is stored.
 */
final class OrderSecrets {

	static final String REFERENCE_PREFIX = "DS-";

	private static final char[] REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

	private static final int REFERENCE_LENGTH = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private OrderSecrets() {
	}

	static String newReference() {
		StringBuilder reference = new StringBuilder(REFERENCE_PREFIX);
		for (int i = 0; i < REFERENCE_LENGTH; i++) {
			reference.append(REFERENCE_ALPHABET[RANDOM.nextInt(REFERENCE_ALPHABET.length)]);
		}
		return reference.toString();
	}

	static String newAccessToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
