package org.shengshi.certificate.signature;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies a certificate signature, finding the key by the signature's key id, so
 * certificates signed by a since-retired key still verify.
 * <p>
 * Checking a signature is a pure function of the public key, the content and the
 * signature, so a positive answer is remembered under the SM3 digest of all three: the
 * same certificate verified again (each QR verification of one e-ID) costs one SM3 hash
 * instead of one SM2 verification, while any changed byte in the stored content, the
 * signature or the key gives another digest and is checked in full. Only valid results
 * are remembered; the memory is bounded and starts over when full.
 */
public final class CertificateVerifier {

	private static final int DEFAULT_REMEMBERED = 20_000;

	private final int remembered;

	private final Map<String, Boolean> verified = new ConcurrentHashMap<>();

	/** A verifier that remembers up to 20,000 verified signatures. */
	public CertificateVerifier() {
		this(DEFAULT_REMEMBERED);
	}

	/**
	 * @param remembered how many verified signatures to remember, 0 for none
	 */
	public CertificateVerifier(int remembered) {
		if (remembered < 0) {
			throw new IllegalArgumentException("remembered must not be negative");
		}
		this.remembered = remembered;
	}

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
		String digest = (this.remembered > 0) ? digest(key.get(), content, signature) : null;
		if (digest != null && this.verified.containsKey(digest)) {
			return VerificationResult.VALID;
		}
		boolean valid = signature.algorithm().verify(key.get().publicKey(), content, signature.value());
		if (valid && digest != null) {
			if (this.verified.size() >= this.remembered) {
				this.verified.clear();
			}
			this.verified.put(digest, Boolean.TRUE);
		}
		return valid ? VerificationResult.VALID : VerificationResult.INVALID_SIGNATURE;
	}

	/** How many verified signatures are remembered now. */
	int rememberedCount() {
		return this.verified.size();
	}

	private static String digest(IssuerKey key, byte[] content, CertificateSignature signature) {
		byte[] publicKey = key.publicKey().getEncoded();
		byte[] value = signature.value();
		String algorithm = signature.algorithm().name();
		ByteBuffer input = ByteBuffer
			.allocate(16 + algorithm.length() + publicKey.length + value.length + content.length);
		input.putInt(publicKey.length).put(publicKey);
		input.putInt(algorithm.length()).put(algorithm.getBytes(StandardCharsets.US_ASCII));
		input.putInt(value.length).put(value);
		input.putInt(content.length).put(content);
		return Sm3.hex(input.array());
	}

}
