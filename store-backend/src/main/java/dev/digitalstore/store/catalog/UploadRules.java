package dev.digitalstore.store.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What may be uploaded. The declared content type must be one we sell and the first bytes
 * must match it: a client's word alone is not enough to serve a file to buyers.
 */
final class UploadRules {

	static final List<Signature> COVER_TYPES = List.of(
			new Signature("image/png", 0, bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)),
			new Signature("image/jpeg", 0, bytes(0xFF, 0xD8, 0xFF)), new Signature("image/webp", 8, "WEBP".getBytes()));

	static final List<Signature> FILE_TYPES = List.of(new Signature("application/pdf", 0, "%PDF-".getBytes()),
			new Signature("application/epub+zip", 0, bytes('P', 'K', 3, 4)),
			new Signature("application/zip", 0, bytes('P', 'K', 3, 4)),
			new Signature("audio/mpeg", 0, "ID3".getBytes()), new Signature("audio/flac", 0, "fLaC".getBytes()),
			new Signature("audio/wav", 8, "WAVE".getBytes()), new Signature("video/mp4", 4, "ftyp".getBytes()),
			new Signature("text/plain", 0, new byte[0]));

	private UploadRules() {
	}

	/**
	 * The accepted content type, or empty when the type is not accepted or the bytes say
	 * otherwise.
	 */
	static Optional<String> check(List<Signature> accepted, String declaredType, byte[] head) {
		if (declaredType == null) {
			return Optional.empty();
		}
		String type = declaredType.toLowerCase(Locale.ROOT).split(";")[0].trim();
		return accepted.stream()
			.filter((signature) -> signature.contentType().equals(type) && signature.matches(head))
			.map(Signature::contentType)
			.findFirst();
	}

	static String describe(List<Signature> accepted) {
		return String.join(", ", accepted.stream().map(Signature::contentType).distinct().toList());
	}

	private static byte[] bytes(int... values) {
		byte[] result = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			result[i] = (byte) values[i];
		}
		return result;
	}

	/** A content type and the bytes its files carry at an offset. */
	record Signature(String contentType, int offset, byte[] magic) {

		boolean matches(byte[] head) {
			if (head.length < this.offset + this.magic.length) {
				return false;
			}
			return Arrays.equals(head, this.offset, this.offset + this.magic.length, this.magic, 0, this.magic.length);
		}

	}

}
