package org.shengshi.certificate.signature;

import java.util.Optional;

/**
 * Verifies a certificate signature, finding the key by the signature's key id, so
 * certificates signed by a since-retired key still verify.
 */
public final class CertificateVerifier {

	/**
	 * @param keys where to find the signing key (a department's {@link KeyRing} or a
	 * wider lookup)
	 * @param content canonical content bytes as signed
	 * @param signature the signature to check
	 * @return {@link VerificationResult#VALID} or why not
	 */
	public VerificationResult verify(KeyLookup keys, byte[] content, CertificateSignature signature) {
		Optional<IssuerKey> key = keys.find(signature.kid());
		if (key.isEmpty()) {
			return VerificationResult.UNKNOWN_KEY;
		}
		if (key.get().algorithm() != signature.algorithm()) {
			return VerificationResult.ALGORITHM_MISMATCH;
		}
		boolean valid = signature.algorithm().verify(key.get().publicKey(), content, signature.value());
		return valid ? VerificationResult.VALID : VerificationResult.INVALID_SIGNATURE;
	}

}
