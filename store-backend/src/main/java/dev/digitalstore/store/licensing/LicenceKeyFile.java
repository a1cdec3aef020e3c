package dev.digitalstore.store.licensing;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A licence-key file as admins export it from a vendor: UTF-8 text, one key a line, an
 * optional header line {@code key}. Lines are trimmed, blank lines ignored. A file with a
 * key twice is refused whole: it is most likely the wrong file.
 */
final class LicenceKeyFile {

	static final int MAX_BYTES = 1024 * 1024;

	static final int MAX_KEYS = 10_000;

	static final int MAX_KEY_LENGTH = 200;

	private static final int SHOWN_DUPLICATES = 5;

	private LicenceKeyFile() {
	}

	static List<String> parse(byte[] content) {
		if (content.length > MAX_BYTES) {
			throw LicenceKeyProblems.invalidFile("The file is larger than 1 MB: split it.");
		}
		String text = decode(content);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<String> keys = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		Set<String> duplicates = new LinkedHashSet<>();
		boolean first = true;
		for (String line : text.split("\\r?\\n|\\r")) {
			String key = line.strip();
			boolean header = first && key.equalsIgnoreCase("key");
			first = first && key.isEmpty();
			if (key.isEmpty() || header) {
				continue;
			}
			if (key.length() > MAX_KEY_LENGTH) {
				throw LicenceKeyProblems.invalidFile("Line '" + key.substring(0, 20) + "...' is longer than "
						+ MAX_KEY_LENGTH + " characters: is this a key file?");
			}
			if (!seen.add(key)) {
				duplicates.add(key);
				continue;
			}
			keys.add(key);
			if (keys.size() > MAX_KEYS) {
				throw LicenceKeyProblems.invalidFile("The file has more than " + MAX_KEYS + " keys: split it.");
			}
		}
		if (!duplicates.isEmpty()) {
			throw LicenceKeyProblems.duplicatesInFile(duplicates.stream().limit(SHOWN_DUPLICATES).toList(),
					duplicates.size());
		}
		if (keys.isEmpty()) {
			throw LicenceKeyProblems.invalidFile("The file has no keys.");
		}
		return keys;
	}

	private static String decode(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw LicenceKeyProblems.invalidFile("The file is not UTF-8 text.");
		}
	}

}
