package org.shengshi.certificate.status;

import java.time.Instant;
import java.util.Objects;

/**
 * One applied transition, as recorded in the certificate's history: from, event, to, who,
 * why and when.
 *
 * @param from status before
 * @param event what happened
 * @param to status after
 * @param actor subject (or {@code system}) that caused it
 * @param reason why; required for issuer actions, may be {@code null} for expiry
 * @param at when
 */
public record StatusChange(CertificateStatus from, CertificateEvent event, CertificateStatus to, String actor,
		String reason, Instant at) {

	/** Longest reason kept. */
	public static final int MAX_REASON_LENGTH = 500;

	public StatusChange {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(event, "event");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(at, "at");
		if (CertificateTransitions.next(from, event).orElse(null) != to) {
			throw new IllegalTransitionException(from, event);
		}
	}

	/**
	 * Applies {@code event} to a certificate in status {@code from}.
	 * @param reason the actor's reason (trimmed); required when the event requires one
	 * @throws IllegalTransitionException when the table forbids the event
	 * @throws IllegalArgumentException when a required reason is missing or too long
	 */
	public static StatusChange apply(CertificateStatus from, CertificateEvent event, String actor, String reason,
			Instant at) {
		CertificateStatus to = CertificateTransitions.apply(from, event);
		String trimmed = (reason != null) ? reason.strip() : null;
		if (event.reasonRequired() && (trimmed == null || trimmed.isEmpty())) {
			throw new IllegalArgumentException(event + " needs a reason");
		}
		if (trimmed != null && trimmed.length() > MAX_REASON_LENGTH) {
			throw new IllegalArgumentException("reason longer than " + MAX_REASON_LENGTH + " characters");
		}
		return new StatusChange(from, event, to, actor, (trimmed == null || trimmed.isEmpty()) ? null : trimmed, at);
	}

}
