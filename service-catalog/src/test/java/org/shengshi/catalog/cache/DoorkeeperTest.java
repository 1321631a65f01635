package org.shengshi.catalog.cache;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DoorkeeperTest {

	@Test
	void aKeyIsNewOnItsFirstAskAndSeenAfterwards() {
		Doorkeeper doorkeeper = new Doorkeeper();
		assertThat(doorkeeper.seenBefore("search:1.ab:居住证")).isFalse();
		assertThat(doorkeeper.seenBefore("search:1.ab:居住证")).isTrue();
		assertThat(doorkeeper.seenBefore("search:1.ab:居住证")).isTrue();
		assertThat(doorkeeper.seenBefore("search:1.ac:居住证")).isFalse();
	}

	@Test
	void aKeyIsRememberedWhileCapacityOtherKeysAreRecordedAndForgottenAfterTwiceThat() {
		Doorkeeper doorkeeper = new Doorkeeper(100);
		doorkeeper.seenBefore("first");
		for (int i = 0; i < 99; i++) {
			doorkeeper.seenBefore("other-" + i);
		}
		assertThat(doorkeeper.seenBefore("first")).isTrue();
		for (int i = 99; i < 300; i++) {
			doorkeeper.seenBefore("other-" + i);
		}
		assertThat(doorkeeper.seenBefore("first")).isFalse();
	}

	@Test
	void falsePositivesStayUnderThreePercentAtFullCapacity() {
		Doorkeeper doorkeeper = new Doorkeeper();
		for (int i = 0; i < Doorkeeper.DEFAULT_CAPACITY - 1; i++) {
			doorkeeper.seenBefore("recorded-" + i);
		}
		int falsePositives = 0;
		int probes = 20_000;
		for (int i = 0; i < probes; i++) {
			if (doorkeeper.seenBefore("never-" + i)) {
				falsePositives++;
			}
		}
		assertThat(falsePositives).isLessThan(probes * 3 / 100);
	}

	@Test
	void theHashSpreadsKeysThatDifferInOneCharacter() {
		assertThat(Doorkeeper.hash64("search:a")).isNotEqualTo(Doorkeeper.hash64("search:b"));
		assertThat(Long.bitCount(Doorkeeper.hash64("search:a") ^ Doorkeeper.hash64("search:b"))).isBetween(16, 48);
	}

	@Test
	void aCapacityOutsideItsBoundsIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Doorkeeper(0));
		assertThatIllegalArgumentException().isThrownBy(() -> new Doorkeeper(Doorkeeper.MAX_CAPACITY + 1));
	}

}
