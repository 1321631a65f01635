package org.shengshi.certificate.presentation;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Issues presentations: a fresh token bound to the request, expiring after its lifetime.
 * Checking that the holder owns the certificate and that the disclosure fits the type
 * ({@link org.shengshi.certificate.disclosure.DisclosurePolicy#resolve}) comes first, in
 * the service.
 */
public final class PresentationIssuer {

	private final PresentationTokenGenerator tokens;

	private final Clock clock;

	public PresentationIssuer(PresentationTokenGenerator tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/** A new presentation for {@code request}. */
	public Presentation issue(PresentationRequest request) {
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		return new Presentation(this.tokens.next(), request.certificateId(), request.disclosure(), now,
				now.plus(request.ttl()));
	}

}
