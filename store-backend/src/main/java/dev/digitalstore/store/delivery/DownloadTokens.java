package dev.digitalstore.store.delivery;

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
 * Download tokens: 256 bits, derived as HMAC-SHA256(secret, nonce) from a random 128-bit
 * nonce kept with the grant. The database keeps the nonce and the token's SHA-256, never
 * the token: a copy of the database alone opens no download, yet the store can show a
 * customer's links again (library, e-mail) without re-issuing them.
 */
@Component
class DownloadTokens {

	private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

	private final SecureRandom random = new SecureRandom();

	private final SecretKeySpec key;

	DownloadTokens(DeliveryProperties properties) {
		this.key = new SecretKeySpec(properties.tokenSecretBytes(), "HmacSHA256");
	}

	Issued issue() {
		byte[] nonce = new byte[16];
		this.random.nextBytes(nonce);
		String token = tokenFor(nonce);
		return new Issued(token, nonce, hash(token));
	}

	String tokenFor(byte[] nonce) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return URL.encodeToString(mac.doFinal(nonce));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 unavailable", ex);
		}
	}

	static byte[] hash(String token) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 unavailable", ex);
		}
	}

	/** A newly issued token with what the database keeps of it. */
	record Issued(String token, byte[] nonce, byte[] hash) {
	}

}
