package org.shengshi.certificate.identifier;

import java.util.Optional;

/**
 * Certificate type code (证照类型代码) as it appears in GB/T 36904 identifiers: the
 * 18-character unified social credit code of the authority that defines the certificate
 * type, followed by a three-digit sequence number it assigns, e.g.
 * {@code 11100000000013338W011}. See {@code docs/adr/0010-certificate-identifier.md}.
 *
 * @param value the 21-character code
 */
public record CertificateTypeCode(String value) {

	private static final int LENGTH = 21;

	public CertificateTypeCode {
		Optional<String> problem = problem(value);
		if (problem.isPresent()) {
			throw new InvalidIdentifierException(InvalidIdentifierException.Part.TYPE_CODE, problem.get());
		}
	}

	public static CertificateTypeCode of(String value) {
		return new CertificateTypeCode(value);
	}

	public static boolean isValid(String value) {
		return problem(value).isEmpty();
	}

	/**
	 * The first problem found in a candidate type code, if any.
	 * @param value the candidate, may be {@code null}
	 * @return what is wrong, or empty when the code is valid
	 */
	public static Optional<String> problem(String value) {
		if (value == null || value.length() != LENGTH) {
			return Optional.of("a certificate type code has 21 characters (defining authority code + 3 digits)");
		}
		Optional<String> authority = UnifiedSocialCreditCode.problem(value.substring(0, 18));
		if (authority.isPresent()) {
			return Optional.of("defining authority code: " + authority.get());
		}
		if (!value.substring(18).chars().allMatch(c -> c >= '0' && c <= '9')) {
			return Optional.of("the last three characters of a type code are digits");
		}
		return Optional.empty();
	}

	/** The unified social credit code of the authority that defines the type. */
	public UnifiedSocialCreditCode definingAuthority() {
		return UnifiedSocialCreditCode.of(this.value.substring(0, 18));
	}

	/** The three-digit sequence number of the type within its defining authority. */
	public String sequence() {
		return this.value.substring(18);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
