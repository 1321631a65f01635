package org.shengshi.certificate.presentation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import org.shengshi.certificate.disclosure.Disclosure;

/**
 * An issued presentation: the token and what it is bound to. The service stores it under
 * {@link PresentationToken#digest()} until {@link #expiresAt()} and deletes it on first
 * use.
 *
 * @param token the token shown in the QR code
 * @param certificateId the certificate it presents
 * @param disclosure what may be shown
 * @param issuedAt when it was issued
 * @param expiresAt first instant at which it is no longer valid
 */
public record Presentation(PresentationToken token, String certificateId, Disclosure disclosure, Instant issuedAt,
		Instant expiresAt) {

	public Presentation {
		Objects.requireNonNull(token, "token");
		Objects.requireNonNull(certificateId, "certificateId");
		Objects.requireNonNull(disclosure, "disclosure");
		Objects.requireNonNull(issuedAt, "issuedAt");
		Objects.requireNonNull(expiresAt, "expiresAt");
		if (!expiresAt.isAfter(issuedAt)) {
			throw new IllegalArgumentException("a presentation expires after it is issued");
		}
	}

	/**
	 * Whether the presentation is expired at {@code now}: valid while {@code now} is
	 * before {@link #expiresAt()}, expired from that instant on.
	 */
	public boolean isExpiredAt(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	/** Time left at {@code now}, zero once expired. */
	public Duration remainingAt(Instant now) {
		return isExpiredAt(now) ? Duration.ZERO : Duration.between(now, this.expiresAt);
	}

	/** What the QR code carries: the token text and nothing else. */
	public String qrContent() {
		return this.token.value();
	}

}
