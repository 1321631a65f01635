package org.shengshi.certificate.identifier;

import java.util.Optional;
import java.util.regex.Pattern;

import org.shengshi.certificate.identifier.InvalidIdentifierException.Part;

/**
 * Electronic certificate identifier (电子证照标识) per GB/T 36904-2018:
 * {@code 1.2.156.3005.2.<type code>.<issuer code>.<serial>.<version>.<check>}.
 * <ul>
 * <li>{@code 1.2.156.3005.2}: the root OID of electronic certificates;</li>
 * <li>type code: {@link CertificateTypeCode} (defining authority's credit code + 3
 * digits);</li>
 * <li>issuer code: the issuing authority's {@link UnifiedSocialCreditCode};</li>
 * <li>serial: assigned by the issuer, 1 to 64 characters from {@code 0-9A-Z};</li>
 * <li>version: three digits, {@code 001} for the first issue;</li>
 * <li>check: ISO/IEC 7064 MOD 37,36 character computed over the concatenation of type
 * code, issuer code, serial and version, without the root and without the dots. This
 * reading was checked against identifiers issued by real certificate systems; see
 * {@code docs/adr/0010-certificate-identifier.md}.</li>
 * </ul>
 * Identifiers are upper case; parsing is strict and reports the first malformed part.
 *
 * @param typeCode certificate type code
 * @param issuerCode issuing authority's unified social credit code
 * @param serial issuer-assigned serial number
 * @param version version 1..999, written with three digits
 * @param checkCharacter MOD 37,36 check character
 */
public record CertificateIdentifier(String typeCode, String issuerCode, String serial, int version,
		char checkCharacter) {

	/** Root OID of electronic certificates in GB/T 36904. */
	public static final String ROOT = "1.2.156.3005.2";

	/** Longest serial accepted. */
	public static final int MAX_SERIAL_LENGTH = 64;

	private static final Pattern SERIAL = Pattern.compile("[0-9A-Z]{1," + MAX_SERIAL_LENGTH + "}");

	private static final Pattern VERSION = Pattern.compile("[0-9]{3}");

	public CertificateIdentifier {
		requireValidParts(typeCode, issuerCode, serial, version);
		char expected = Iso7064Mod3736.checkCharacter(protectedCharacters(typeCode, issuerCode, serial, version));
		if (checkCharacter != expected) {
			throw new InvalidIdentifierException(Part.CHECK_CHARACTER, "check character does not match");
		}
	}

	/**
	 * A new identifier with its check character computed.
	 * @param typeCode certificate type code
	 * @param issuerCode issuing authority's unified social credit code
	 * @param serial issuer-assigned serial, {@code 0-9A-Z}
	 * @param version 1..999
	 * @return the identifier
	 * @throws InvalidIdentifierException naming the malformed part
	 */
	public static CertificateIdentifier generate(String typeCode, String issuerCode, String serial, int version) {
		requireValidParts(typeCode, issuerCode, serial, version);
		char check = Iso7064Mod3736.checkCharacter(protectedCharacters(typeCode, issuerCode, serial, version));
		return new CertificateIdentifier(typeCode, issuerCode, serial, version, check);
	}

	/**
	 * Parses and validates an identifier.
	 * @param text the identifier in its dotted form
	 * @return the identifier
	 * @throws InvalidIdentifierException naming the first malformed part
	 */
	public static CertificateIdentifier parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidIdentifierException(Part.BLANK, "identifier is empty");
		}
		if (!text.startsWith(ROOT + ".")) {
			throw new InvalidIdentifierException(Part.PREFIX, "identifier does not start with " + ROOT);
		}
		String[] parts = text.substring(ROOT.length() + 1).split("\\.", -1);
		if (parts.length != 5) {
			throw new InvalidIdentifierException(Part.STRUCTURE,
					"identifier has " + parts.length + " parts after the root, expected 5");
		}
		requireCodesAndSerial(parts[0], parts[1], parts[2]);
		requirePart(Part.VERSION, VERSION.matcher(parts[3]).matches(), "version is three digits");
		requirePart(Part.CHECK_CHARACTER, parts[4].length() == 1 && Iso7064Mod3736.inAlphabet(parts[4]),
				"check character is one character from 0-9A-Z");
		return new CertificateIdentifier(parts[0], parts[1], parts[2], Integer.parseInt(parts[3]), parts[4].charAt(0));
	}

	/**
	 * Whether {@code text} is a well-formed identifier with a matching check character.
	 */
	public static boolean isValid(String text) {
		return problem(text).isEmpty();
	}

	/**
	 * Validates an identifier without throwing.
	 * @param text candidate identifier
	 * @return the exception describing the first malformed part, or empty when valid
	 */
	public static Optional<InvalidIdentifierException> problem(String text) {
		try {
			parse(text);
			return Optional.empty();
		}
		catch (InvalidIdentifierException ex) {
			return Optional.of(ex);
		}
	}

	/**
	 * The same certificate's identifier for the next version (re-issue after a change).
	 */
	public CertificateIdentifier nextVersion() {
		return generate(this.typeCode, this.issuerCode, this.serial, this.version + 1);
	}

	/** The version written with three digits. */
	public String versionText() {
		return formatVersion(this.version);
	}

	/** The identifier in its dotted form. */
	public String value() {
		return String.join(".", ROOT, this.typeCode, this.issuerCode, this.serial, versionText(),
				String.valueOf(this.checkCharacter));
	}

	@Override
	public String toString() {
		return value();
	}

	private static void requireValidParts(String typeCode, String issuerCode, String serial, int version) {
		requireCodesAndSerial(typeCode, issuerCode, serial);
		requirePart(Part.VERSION, version >= 1 && version <= 999, "version is between 001 and 999");
	}

	private static void requireCodesAndSerial(String typeCode, String issuerCode, String serial) {
		CertificateTypeCode.problem(typeCode).ifPresent((problem) -> {
			throw new InvalidIdentifierException(Part.TYPE_CODE, "type code: " + problem);
		});
		UnifiedSocialCreditCode.problem(issuerCode).ifPresent((problem) -> {
			throw new InvalidIdentifierException(Part.ISSUER_CODE, "issuer code: " + problem);
		});
		requirePart(Part.SERIAL, serial != null && SERIAL.matcher(serial).matches(),
				"serial is 1 to " + MAX_SERIAL_LENGTH + " characters from 0-9A-Z");
	}

	private static void requirePart(Part part, boolean condition, String message) {
		if (!condition) {
			throw new InvalidIdentifierException(part, message);
		}
	}

	private static String protectedCharacters(String typeCode, String issuerCode, String serial, int version) {
		return typeCode + issuerCode + serial + formatVersion(version);
	}

	private static String formatVersion(int version) {
		return String.format("%03d", version);
	}

}
