package org.shengshi.platform.events;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UuidV7Test {

	@Test
	void carriesVersionSevenVariantAndTheMillisecondTimestamp() {
		Instant time = Instant.parse("2025-03-01T08:30:15.123Z");

		UUID id = UuidV7.at(time);

		assertThat(id.version()).isEqualTo(7);
		assertThat(id.variant()).isEqualTo(2);
		assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(time.toEpochMilli());
	}

	@Test
	void sortsByTimeAsText() {
		UUID earlier = UuidV7.at(Instant.parse("2025-03-01T08:30:15.123Z"));
		UUID later = UuidV7.at(Instant.parse("2025-03-01T08:30:15.124Z"));

		assertThat(earlier.toString()).isLessThan(later.toString());
	}

	@Test
	void idsOfTheSameMillisecondDiffer() {
		Instant time = Instant.now();
		Set<UUID> ids = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			ids.add(UuidV7.at(time));
		}
		assertThat(ids).hasSize(1000);
	}

}
