package org.shengshi.platform.pii;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BlindIndexTest {

	private final byte[] key = PiiCipherTest.randomKey();

	@Test
	void sameValueGivesTheSameIndex() {
		BlindIndex index = new BlindIndex(this.key);
		assertThat(index.of("440106199001011234")).isEqualTo(new BlindIndex(this.key.clone()).of("440106199001011234"))
			.hasSize(64)
			.matches("[0-9a-f]{64}");
	}

	@Test
	void inputIsNormalisedBeforeHashing() {
		BlindIndex index = new BlindIndex(this.key);
		assertThat(index.of(" 44010619900101123x ")).isEqualTo(index.of("44010619900101123X"));
	}

	@Test
	void differentValuesGiveDifferentIndexes() {
		BlindIndex index = new BlindIndex(this.key);
		assertThat(index.of("13812345678")).isNotEqualTo(index.of("13812345679"));
	}

	@Test
	void indexDependsOnTheKey() {
		assertThat(new BlindIndex(this.key).of("13812345678"))
			.isNotEqualTo(new BlindIndex(PiiCipherTest.randomKey()).of("13812345678"));
	}

	@Test
	void scopeSeparatesEqualValuesInDifferentColumns() {
		BlindIndex index = new BlindIndex(this.key);
		assertThat(index.of("resident.phone", "13812345678")).isNotEqualTo(index.of("staff.phone", "13812345678"))
			.isNotEqualTo(index.of("13812345678"));
	}

	@Test
	void shortKeyIsRejected() {
		assertThatIllegalStateException().isThrownBy(() -> new BlindIndex(new byte[16]))
			.withMessageContaining("SHENGSHI_PII_INDEX_KEY");
	}

}
