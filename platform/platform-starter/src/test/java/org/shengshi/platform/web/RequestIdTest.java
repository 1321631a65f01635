package org.shengshi.platform.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdTest {

	@ParameterizedTest
	@ValueSource(strings = { "abc", "req-42", "A.b_c-9",
			"0123456789012345678901234567890123456789012345678901234567890123" })
	void safeIdsAreAccepted(String id) {
		assertThat(RequestId.isValid(id)).isTrue();
		assertThat(RequestId.acceptOrGenerate(id)).isEqualTo(id);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "has space", "line\nbreak", "semi;colon", "<script>", "中文",
			"01234567890123456789012345678901234567890123456789012345678901234" })
	void unsafeIdsAreReplaced(String id) {
		assertThat(RequestId.isValid(id)).isFalse();
		String replacement = RequestId.acceptOrGenerate(id);
		assertThat(replacement).isNotEqualTo(id);
		assertThat(RequestId.isValid(replacement)).isTrue();
	}

	@Test
	void missingIdIsGenerated() {
		assertThat(RequestId.isValid(null)).isFalse();
		assertThat(RequestId.acceptOrGenerate(null)).matches("[0-9a-f-]{36}");
	}

	@Test
	void generatedIdsDiffer() {
		assertThat(RequestId.generate()).isNotEqualTo(RequestId.generate());
	}

}
