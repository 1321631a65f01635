package org.shengshi.e2e.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LoadTestTest {

	@Test
	void measuresMaximumThroughputWith16And32CallersUnlessToldOtherwise() {
		assertThat(LoadTest.callerCounts(null)).containsExactly(16, 32);
		assertThat(LoadTest.callerCounts(" ")).containsExactly(16, 32);
		assertThat(LoadTest.callerCounts("8, 16,64")).containsExactly(8, 16, 64);
	}

	@Test
	void refusesCountsTheDriverCannotServe() {
		assertThatIllegalArgumentException().isThrownBy(() -> LoadTest.callerCounts("16,129"))
			.withMessageContaining("1 to 128, not 129");
		assertThatIllegalArgumentException().isThrownBy(() -> LoadTest.callerCounts("0"));
		assertThatIllegalArgumentException().isThrownBy(() -> LoadTest.callerCounts("16,many"))
			.withMessageContaining("'many' is not a number");
	}

}
