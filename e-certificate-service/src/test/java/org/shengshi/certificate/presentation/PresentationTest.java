package org.shengshi.certificate.presentation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.shengshi.certificate.disclosure.Disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class PresentationTest {

	private static final Instant NOW = Instant.parse("2025-06-01T10:00:00.000Z");

	private final PresentationIssuer issuer = new PresentationIssuer(new PresentationTokenGenerator(),
			Clock.fixed(NOW, ZoneOffset.UTC));

	private final Disclosure hotel = Disclosure.forPurpose("HOTEL_CHECK_IN");

	@Test
	void bindsAFreshTokenToTheCertificateDisclosureAndExpiry() {
		Presentation presentation = this.issuer.issue(PresentationRequest.of("01JX0CERT", this.hotel));
		assertThat(presentation.certificateId()).isEqualTo("01JX0CERT");
		assertThat(presentation.disclosure()).isEqualTo(this.hotel);
		assertThat(presentation.issuedAt()).isEqualTo(NOW);
		assertThat(presentation.expiresAt()).isEqualTo(NOW.plusSeconds(60));
		assertThat(presentation.qrContent()).isEqualTo(presentation.token().value());
		assertThat(this.issuer.issue(PresentationRequest.of("01JX0CERT", this.hotel)).token())
			.isNotEqualTo(presentation.token());
	}

	@Test
	void isValidUpToButNotIncludingItsExpiryInstant() {
		Presentation presentation = this.issuer.issue(PresentationRequest.of("01JX0CERT", this.hotel));
		assertThat(presentation.isExpiredAt(NOW)).isFalse();
		assertThat(presentation.isExpiredAt(NOW.plusMillis(59_999))).isFalse();
		assertThat(presentation.isExpiredAt(NOW.plusSeconds(60))).isTrue();
		assertThat(presentation.isExpiredAt(NOW.plusSeconds(3600))).isTrue();
		assertThat(presentation.remainingAt(NOW.plusSeconds(15))).isEqualTo(Duration.ofSeconds(45));
		assertThat(presentation.remainingAt(NOW.plusSeconds(61))).isEqualTo(Duration.ZERO);
	}

	@Test
	void livesBetweenTenSecondsAndFiveMinutes() {
		assertThat(new PresentationRequest("c", this.hotel, Duration.ofSeconds(10)).ttl()).hasSeconds(10);
		assertThat(new PresentationRequest("c", this.hotel, Duration.ofMinutes(5)).ttl()).hasMinutes(5);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PresentationRequest("c", this.hotel, Duration.ofMillis(9_999)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PresentationRequest("c", this.hotel, Duration.ofMinutes(5).plusMillis(1)));
		assertThatIllegalArgumentException().isThrownBy(() -> PresentationRequest.of(" ", this.hotel));
		assertThatIllegalArgumentException().isThrownBy(() -> PresentationRequest.of("x".repeat(65), this.hotel));
		assertThatNullPointerException().isThrownBy(() -> PresentationRequest.of("c", null));
	}

	@Test
	void cannotExpireBeforeItIsIssued() {
		PresentationToken token = new PresentationTokenGenerator().next();
		assertThatIllegalArgumentException().isThrownBy(() -> new Presentation(token, "c", this.hotel, NOW, NOW));
	}

}
