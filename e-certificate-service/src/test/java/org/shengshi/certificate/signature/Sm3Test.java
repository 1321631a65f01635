package org.shengshi.certificate.signature;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Known-answer tests from GB/T 32905-2016, appendix A.
 */
class Sm3Test {

	@Test
	void hashesAbcToTheFirstStandardExample() {
		assertThat(Sm3.hex("abc".getBytes(StandardCharsets.US_ASCII)))
			.isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
	}

	@Test
	void hashesTheFiveHundredTwelveBitMessageToTheSecondStandardExample() {
		byte[] message = "abcd".repeat(16).getBytes(StandardCharsets.US_ASCII);
		assertThat(message).hasSize(64);
		assertThat(Sm3.hex(message)).isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
	}

	@Test
	void digestIsThirtyTwoBytesAndChangesWithOneBit() {
		byte[] a = Sm3.digest(new byte[] { 0 });
		byte[] b = Sm3.digest(new byte[] { 1 });
		assertThat(a).hasSize(32).isNotEqualTo(b);
	}

}
