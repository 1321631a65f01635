package org.shengshi.gateway.correlation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTest {

	@ParameterizedTest
	@ValueSource(
			strings = { "a", "req-1", "A.b_c-9", "0123456789012345678901234567890123456789012345678901234567890123" })
	void acceptsSafeIdsUpTo64Characters(String id) {
		assertThat(RequestIds.acceptOrCreate(id)).isEqualTo(id);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "with space", "new\nline", "semi;colon", "\u4e2d\u6587",
			"01234567890123456789012345678901234567890123456789012345678901234" })
	void replacesAnythingElseWithANewId(String id) {
		String replaced = RequestIds.acceptOrCreate(id);

		assertThat(replaced).isNotEqualTo(id).matches("[A-Za-z0-9._-]{1,64}");
	}

	@Test
	void newIdsDiffer() {
		assertThat(RequestIds.newId()).isNotEqualTo(RequestIds.newId());
	}

}
