package org.shengshi.certificate.disclosure;

/**
 * A disclosure that the certificate type's policy does not allow; a client error (403 for
 * a verifier, 400 for a holder), never a server error.
 */
public class DisclosureRefusedException extends RuntimeException {

	private final Reason reason;

	public DisclosureRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return this.reason;
	}

	/** Stable machine code for error responses. */
	public String code() {
		return this.reason.code();
	}

	/**
	 * Why a disclosure was refused.
	 */
	public enum Reason {

		/** The certificate type does not allow this verifier purpose at all. */
		PURPOSE_NOT_ALLOWED("DISCLOSURE_PURPOSE_NOT_ALLOWED"),
		/** The holder consented for another purpose than the verifier declares. */
		PURPOSE_MISMATCH("DISCLOSURE_PURPOSE_MISMATCH"),
		/** More fields were asked for than the purpose may see. */
		EXCEEDS_PURPOSE("DISCLOSURE_EXCEEDS_PURPOSE"),
		/** A field the certificate type does not have. */
		UNKNOWN_FIELD("DISCLOSURE_UNKNOWN_FIELD");

		private final String code;

		Reason(String code) {
			this.code = code;
		}

		public String code() {
			return this.code;
		}

	}

}
