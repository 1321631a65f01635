package org.shengshi.certificate.status;

/**
 * An event that the transition table does not allow in the certificate's current status;
 * a conflict (409), not a server error.
 */
public class IllegalTransitionException extends IllegalStateException {

	private final CertificateStatus from;

	private final CertificateEvent event;

	public IllegalTransitionException(CertificateStatus from, CertificateEvent event) {
		super(event + " is not allowed for a certificate in status " + from);
		this.from = from;
		this.event = event;
	}

	public CertificateStatus from() {
		return this.from;
	}

	public CertificateEvent event() {
		return this.event;
	}

	/** Stable machine code for error responses. */
	public String code() {
		return "CERTIFICATE_STATUS_TRANSITION_NOT_ALLOWED";
	}

}
