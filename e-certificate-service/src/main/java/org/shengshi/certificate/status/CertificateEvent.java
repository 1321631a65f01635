package org.shengshi.certificate.status;

/**
 * What can happen to an issued certificate.
 */
public enum CertificateEvent {

	/** The issuer withholds the certificate (暂扣). */
	SUSPEND(true),
	/** The issuer gives a withheld certificate back (暂扣发还). */
	RESTORE(true),
	/** The issuer annuls a certificate issued in error (撤销). */
	REVOKE(true),
	/** The certificate is deregistered (注销). */
	CANCEL(true),
	/** The validity period ended; raised by the system, needs no reason (失效). */
	EXPIRE(false),
	/** The issuer withdraws the certificate as a sanction (吊销). */
	WITHDRAW(true);

	private final boolean reasonRequired;

	CertificateEvent(boolean reasonRequired) {
		this.reasonRequired = reasonRequired;
	}

	/** Whether the actor must give a reason, recorded with the transition. */
	public boolean reasonRequired() {
		return this.reasonRequired;
	}

}
