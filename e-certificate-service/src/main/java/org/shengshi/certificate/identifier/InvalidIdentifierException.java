package org.shengshi.certificate.identifier;

/**
 * A certificate identifier, type code or unified social credit code that is malformed.
 * {@link #part()} names the offending part and {@link #code()} is a stable machine code
 * for error responses. Messages describe the problem without echoing personal data
 * (identifiers and organisation codes are not personal data).
 */
public class InvalidIdentifierException extends IllegalArgumentException {

	private final Part part;

	public InvalidIdentifierException(Part part, String message) {
		super(message);
		this.part = part;
	}

	public Part part() {
		return this.part;
	}

	public String code() {
		return this.part.code();
	}

	/**
	 * The part of an identifier that failed, each with its stable error code.
	 */
	public enum Part {

		/** Empty input. */
		BLANK("CERTIFICATE_ID_BLANK"),
		/** Not starting with the electronic certificate root {@code 1.2.156.3005.2}. */
		PREFIX("CERTIFICATE_ID_PREFIX"),
		/** Not five dot-separated parts after the root. */
		STRUCTURE("CERTIFICATE_ID_STRUCTURE"),
		/** Certificate type code. */
		TYPE_CODE("CERTIFICATE_ID_TYPE_CODE"),
		/** Issuer's unified social credit code. */
		ISSUER_CODE("CERTIFICATE_ID_ISSUER_CODE"),
		/** Serial number. */
		SERIAL("CERTIFICATE_ID_SERIAL"),
		/** Three-digit version. */
		VERSION("CERTIFICATE_ID_VERSION"),
		/** ISO/IEC 7064 MOD 37,36 check character. */
		CHECK_CHARACTER("CERTIFICATE_ID_CHECK_CHARACTER"),
		/** A unified social credit code on its own. */
		CREDIT_CODE("CREDIT_CODE_INVALID");

		private final String code;

		Part(String code) {
			this.code = code;
		}

		public String code() {
			return this.code;
		}

	}

}
