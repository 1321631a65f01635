package org.shengshi.certificate.presentation;

import java.time.Duration;
import java.util.Objects;

import org.shengshi.certificate.disclosure.Disclosure;

/**
 * A holder's request to present one certificate with a disclosure for a short time.
 *
 * @param certificateId the certificate's opaque id
 * @param disclosure what may be shown
 * @param ttl how long the token is valid, {@link #MIN_TTL} to {@link #MAX_TTL}
 */
public record PresentationRequest(String certificateId, Disclosure disclosure, Duration ttl) {

	/** Default token lifetime. */
	public static final Duration DEFAULT_TTL = Duration.ofSeconds(60);

	/** Shortest lifetime a holder may ask for. */
	public static final Duration MIN_TTL = Duration.ofSeconds(10);

	/** Longest lifetime a holder may ask for. */
	public static final Duration MAX_TTL = Duration.ofMinutes(5);

	public PresentationRequest {
		if (certificateId == null || certificateId.isBlank() || certificateId.length() > 64) {
			throw new IllegalArgumentException("certificate id is 1 to 64 characters");
		}
		Objects.requireNonNull(disclosure, "disclosure");
		Objects.requireNonNull(ttl, "ttl");
		if (ttl.compareTo(MIN_TTL) < 0 || ttl.compareTo(MAX_TTL) > 0) {
			throw new IllegalArgumentException("a presentation lives between 10 seconds and 5 minutes");
		}
	}

	/** A request with the default lifetime of 60 seconds. */
	public static PresentationRequest of(String certificateId, Disclosure disclosure) {
		return new PresentationRequest(certificateId, disclosure, DEFAULT_TTL);
	}

}
