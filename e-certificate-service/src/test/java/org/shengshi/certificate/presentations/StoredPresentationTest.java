package org.shengshi.certificate.presentations;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StoredPresentationTest {

	private static final Instant EXPIRES = Instant.parse("2026-11-26T08:00:00Z");

	private final PresentationStore.StoredPresentation presentation = new PresentationStore.StoredPresentation("c", "h",
			"HOTEL_CHECK_IN", List.of(), EXPIRES);

	@Test
	void validUntilTheMillisecondBeforeExpiry() {
		assertThat(this.presentation.isExpiredAt(EXPIRES.minusMillis(1))).isFalse();
	}

	@Test
	void expiredAtTheExpiryInstantAndAfter() {
		assertThat(this.presentation.isExpiredAt(EXPIRES)).isTrue();
		assertThat(this.presentation.isExpiredAt(EXPIRES.plusSeconds(1))).isTrue();
	}

}
