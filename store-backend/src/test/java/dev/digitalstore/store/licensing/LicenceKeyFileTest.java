package dev.digitalstore.store.licensing;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.digitalstore.store.shared.web.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LicenceKeyFileTest {

	@Test
	void readsOneKeyALineSkippingTheHeaderBlankLinesAndABom() {
		assertThat(parse("\uFEFFKey\r\n  AAA-1 \n\n\tBBB-2\r\nCCC-3")).containsExactly("AAA-1", "BBB-2", "CCC-3");
	}

	@Test
	void keyIsOnlyAHeaderOnTheFirstLine() {
		assertThat(parse("AAA\nkey\n")).containsExactly("AAA", "key");
	}

	@Test
	void refusesDuplicatesEmptyFilesLongLinesAndNonUtf8() {
		assertThatThrownBy(() -> parse("A\nB\nA\n")).isInstanceOf(ProblemException.class)
			.hasMessageContaining("1 key(s) appear more than once");
		assertThatThrownBy(() -> parse("key\n\n")).hasMessageContaining("no keys");
		assertThatThrownBy(() -> parse("x".repeat(201))).hasMessageContaining("longer than 200");
		assertThatThrownBy(() -> LicenceKeyFile.parse(new byte[] { (byte) 0xC3, (byte) 0x28 }))
			.hasMessageContaining("UTF-8");
	}

	private static java.util.List<String> parse(String text) {
		return LicenceKeyFile.parse(text.getBytes(StandardCharsets.UTF_8));
	}

}
