package org.shengshi.certificate.signature;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A signature over a certificate's canonical content, with the id of the key that made
 * it.
 *
 * @param kid signing key id
 * @param algorithm algorithm of that key
 * @param value DER-encoded signature
 */
public record CertificateSignature(String kid, SignatureAlgorithm algorithm, byte[] value) {

	public CertificateSignature {
		Objects.requireNonNull(kid, "kid");
		Objects.requireNonNull(algorithm, "algorithm");
		value = Objects.requireNonNull(value, "value").clone();
	}

	/**
	 * Rebuilds a stored or transmitted signature.
	 * @param base64url the value as {@link #valueBase64Url()}
	 */
	public static CertificateSignature of(String kid, SignatureAlgorithm algorithm, String base64url) {
		return new CertificateSignature(kid, algorithm, Base64.getUrlDecoder().decode(base64url));
	}

	@Override
	public byte[] value() {
		return this.value.clone();
	}

	/** The value as base64url without padding. */
	public String valueBase64Url() {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(this.value);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CertificateSignature that && this.kid.equals(that.kid)
				&& this.algorithm == that.algorithm && Arrays.equals(this.value, that.value);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.kid, this.algorithm, Arrays.hashCode(this.value));
	}

	@Override
	public String toString() {
		return "CertificateSignature[kid=" + this.kid + ", algorithm=" + this.algorithm + "]";
	}

}
