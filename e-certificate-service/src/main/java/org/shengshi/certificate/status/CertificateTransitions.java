package org.shengshi.certificate.status;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The certificate state machine as an explicit table (status × event → status). Only
 * {@link CertificateStatus#VALID} and {@link CertificateStatus#SUSPENDED} have outgoing
 * edges; every other status is terminal: a re-issued certificate is a new version with a
 * new identifier, never a revived old one.
 *
 * <pre>
 *             SUSPEND   RESTORE   REVOKE    CANCEL     EXPIRE    WITHDRAW
 * VALID       SUSPENDED -         REVOKED   CANCELLED  EXPIRED   WITHDRAWN
 * SUSPENDED   -         VALID     REVOKED   CANCELLED  EXPIRED   WITHDRAWN
 * (others)    -         -         -         -          -         -
 * </pre>
 */
public final class CertificateTransitions {

	private static final Map<CertificateStatus, Map<CertificateEvent, CertificateStatus>> TABLE = table();

	private CertificateTransitions() {
	}

	private static Map<CertificateStatus, Map<CertificateEvent, CertificateStatus>> table() {
		Map<CertificateEvent, CertificateStatus> fromValid = new EnumMap<>(CertificateEvent.class);
		fromValid.put(CertificateEvent.SUSPEND, CertificateStatus.SUSPENDED);
		fromValid.put(CertificateEvent.REVOKE, CertificateStatus.REVOKED);
		fromValid.put(CertificateEvent.CANCEL, CertificateStatus.CANCELLED);
		fromValid.put(CertificateEvent.EXPIRE, CertificateStatus.EXPIRED);
		fromValid.put(CertificateEvent.WITHDRAW, CertificateStatus.WITHDRAWN);

		Map<CertificateEvent, CertificateStatus> fromSuspended = new EnumMap<>(CertificateEvent.class);
		fromSuspended.put(CertificateEvent.RESTORE, CertificateStatus.VALID);
		fromSuspended.put(CertificateEvent.REVOKE, CertificateStatus.REVOKED);
		fromSuspended.put(CertificateEvent.CANCEL, CertificateStatus.CANCELLED);
		fromSuspended.put(CertificateEvent.EXPIRE, CertificateStatus.EXPIRED);
		fromSuspended.put(CertificateEvent.WITHDRAW, CertificateStatus.WITHDRAWN);

		Map<CertificateStatus, Map<CertificateEvent, CertificateStatus>> table = new EnumMap<>(CertificateStatus.class);
		for (CertificateStatus status : CertificateStatus.values()) {
			table.put(status, Map.of());
		}
		table.put(CertificateStatus.VALID, Collections.unmodifiableMap(fromValid));
		table.put(CertificateStatus.SUSPENDED, Collections.unmodifiableMap(fromSuspended));
		return Collections.unmodifiableMap(table);
	}

	/**
	 * The status after {@code event}, if the event is allowed in {@code from}.
	 */
	public static Optional<CertificateStatus> next(CertificateStatus from, CertificateEvent event) {
		return Optional.ofNullable(TABLE.get(from).get(event));
	}

	/**
	 * The status after {@code event}.
	 * @throws IllegalTransitionException when the table has no such edge
	 */
	public static CertificateStatus apply(CertificateStatus from, CertificateEvent event) {
		return next(from, event).orElseThrow(() -> new IllegalTransitionException(from, event));
	}

	/** The events allowed in {@code from} and where they lead. */
	public static Map<CertificateEvent, CertificateStatus> from(CertificateStatus from) {
		return TABLE.get(from);
	}

	static boolean isTerminal(CertificateStatus status) {
		return TABLE.get(status).isEmpty();
	}

}
