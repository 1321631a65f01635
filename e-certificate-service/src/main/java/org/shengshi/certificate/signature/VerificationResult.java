package org.shengshi.certificate.signature;

/**
 * Outcome of checking a certificate signature, each with a stable code.
 */
public enum VerificationResult {

	/** The signature is valid for the content under the named key. */
	VALID("SIGNATURE_VALID"),
	/** No key with the signature's key id. */
	UNKNOWN_KEY("SIGNATURE_UNKNOWN_KEY"),
	/** The key exists but uses another algorithm than the signature claims. */
	ALGORITHM_MISMATCH("SIGNATURE_ALGORITHM_MISMATCH"),
	/** The signature does not match the content (tampered content or signature). */
	INVALID_SIGNATURE("SIGNATURE_INVALID");

	private final String code;

	VerificationResult(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

	public boolean isValid() {
		return this == VALID;
	}

}
