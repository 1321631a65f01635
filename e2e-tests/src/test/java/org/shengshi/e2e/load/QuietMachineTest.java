package org.shengshi.e2e.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class QuietMachineTest {

	@Test
	void countsIdleAndIoWaitTicksAgainstAllTicksBetweenTwoReadings() {
		String before = "cpu  1000 10 500 8000 100 0 50 0 0 0";
		// 30 user, 10 system, 50 idle, 10 iowait ticks later
		String after = "cpu  1030 10 510 8050 110 0 50 0 0 0";

		assertThat(QuietMachine.idleShare(before, after)).isCloseTo(0.6, within(1e-9));
	}

	@Test
	void aBusyMachineIsNotIdle() {
		assertThat(QuietMachine.idleShare("cpu  100 0 100 100 0 0 0 0", "cpu  250 0 150 100 0 0 0 0")).isZero();
	}

	@Test
	void countsStealTicksAgainstAllTicksBetweenTwoReadings() {
		// 60 user, 20 system, 100 idle, 20 steal ticks later
		String before = "cpu  1000 10 500 8000 100 0 50 300 0 0";
		String after = "cpu  1060 10 520 8100 100 0 50 320 0 0";

		assertThat(QuietMachine.stolenShare(before, after)).isCloseTo(0.1, within(1e-9));
		assertThat(QuietMachine.idleShare(before, after)).isCloseTo(0.5, within(1e-9));
	}

	@Test
	void noTicksAtAllIsNothingStolen() {
		assertThat(QuietMachine.stolenShare("cpu  1 2 3 4 5 6 7 8", "cpu  1 2 3 4 5 6 7 8")).isZero();
	}

	@Test
	void noTicksAtAllCountsAsIdle() {
		assertThat(QuietMachine.idleShare("cpu  1 2 3 4 5 6 7 8", "cpu  1 2 3 4 5 6 7 8")).isEqualTo(1.0);
	}

}
