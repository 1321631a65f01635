package org.shengshi.certificate.presentations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shengshi.certificate.ServiceSupport;
import org.shengshi.certificate.disclosure.Disclosure;
import org.shengshi.certificate.presentation.Presentation;
import org.shengshi.certificate.presentation.PresentationIssuer;
import org.shengshi.certificate.presentation.PresentationRequest;
import org.shengshi.certificate.presentation.PresentationTokenGenerator;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-time redemption script against real Redis, with the verifier's clock put
 * exactly at the expiry boundary.
 */
class PresentationStoreIT extends ServiceSupport {

	@Autowired
	private PresentationStore store;

	private final Instant issuedAt = Instant.now();

	private Presentation saved() {
		PresentationIssuer issuer = new PresentationIssuer(new PresentationTokenGenerator(),
				Clock.fixed(this.issuedAt, ZoneOffset.UTC));
		Presentation presentation = issuer.issue(new PresentationRequest(UUID.randomUUID().toString(),
				Disclosure.forPurpose("HOTEL_CHECK_IN"), Duration.ofSeconds(60)));
		this.store.save(presentation, "holder");
		return presentation;
	}

	@Test
	void redeemableUpToTheMillisecondBeforeItsExpiry() {
		Presentation presentation = saved();

		PresentationStore.Consumed consumed = this.store.consume(presentation.token(),
				presentation.expiresAt().minusMillis(1));

		assertThat(consumed.outcome()).isEqualTo(PresentationStore.Outcome.REDEEMED);
		assertThat(consumed.presentation().certificateId()).isEqualTo(presentation.certificateId());
		assertThat(consumed.presentation().purpose()).isEqualTo("HOTEL_CHECK_IN");
	}

	@Test
	void expiredExactlyAtItsExpiryAndNeverRedeemedAfterwards() {
		Presentation presentation = saved();

		assertThat(this.store.consume(presentation.token(), presentation.expiresAt()).outcome())
			.isEqualTo(PresentationStore.Outcome.EXPIRED);
		assertThat(this.store.consume(presentation.token(), presentation.expiresAt().plusSeconds(1)).outcome())
			.isEqualTo(PresentationStore.Outcome.EXPIRED);
	}

	@Test
	void secondRedemptionIsToldItWasUsedWithTheSamePresentation() {
		Presentation presentation = saved();
		Instant now = this.issuedAt.plusSeconds(1);
		this.store.consume(presentation.token(), now);

		PresentationStore.Consumed again = this.store.consume(presentation.token(), now);

		assertThat(again.outcome()).isEqualTo(PresentationStore.Outcome.ALREADY_USED);
		assertThat(again.presentation().certificateId()).isEqualTo(presentation.certificateId());
	}

	@Test
	void unknownTokenIsNothing() {
		assertThat(this.store.consume(new PresentationTokenGenerator().next(), this.issuedAt)).isNull();
	}

}
