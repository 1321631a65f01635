package org.shengshi.certificate.identifier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.shengshi.certificate.identifier.InvalidIdentifierException.Part;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CertificateIdentifierTest {

	private static final String RESIDENT_E_ID_TYPE = "111000000000190198001";

	private static final String GUANGZHOU_PUBLIC_SECURITY = "1144010000002001XN";

	// check character over 111000000000190198001 1144010000002001XN 2025000001 001
	// (root and dots excluded), by the recursive MOD 37,36 method worked step by step in
	// Iso7064Mod3736Test
	private static final String DEMO = "1.2.156.3005.2.111000000000190198001.1144010000002001XN.2025000001.001.E";

	@ParameterizedTest
	@ValueSource(strings = { "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U",
			"1.2.156.3005.2.11100000000013338W009.11330105002500287C.2025052201.002.0" })
	void acceptsIdentifiersIssuedByRealCertificateSystems(String identifier) {
		// published in integration documentation of provincial certificate platforms;
		// their
		// check characters confirm that the check covers type code + issuer + serial +
		// version
		CertificateIdentifier parsed = CertificateIdentifier.parse(identifier);
		assertThat(parsed.value()).isEqualTo(identifier);
		assertThat(CertificateIdentifier.isValid(identifier)).isTrue();
	}

	@Test
	void generatesTheKnownIdentifierForTheDemoResidentEId() {
		CertificateIdentifier id = CertificateIdentifier.generate(RESIDENT_E_ID_TYPE, GUANGZHOU_PUBLIC_SECURITY,
				"2025000001", 1);
		assertThat(id.value()).isEqualTo(DEMO);
		assertThat(id.checkCharacter()).isEqualTo('E');
		assertThat(id.versionText()).isEqualTo("001");
		assertThat(id).hasToString(DEMO);
	}

	@Test
	void parsesBackIntoItsParts() {
		CertificateIdentifier id = CertificateIdentifier.parse(DEMO);
		assertThat(id.typeCode()).isEqualTo(RESIDENT_E_ID_TYPE);
		assertThat(id.issuerCode()).isEqualTo(GUANGZHOU_PUBLIC_SECURITY);
		assertThat(id.serial()).isEqualTo("2025000001");
		assertThat(id.version()).isEqualTo(1);
		assertThat(id)
			.isEqualTo(CertificateIdentifier.generate(RESIDENT_E_ID_TYPE, GUANGZHOU_PUBLIC_SECURITY, "2025000001", 1));
	}

	@Test
	void nextVersionKeepsTheSerialAndRecomputesTheCheckCharacter() {
		CertificateIdentifier next = CertificateIdentifier.parse(DEMO).nextVersion();
		assertThat(next.value()).isEqualTo("1.2.156.3005.2.111000000000190198001.1144010000002001XN.2025000001.002.C");
		assertThat(CertificateIdentifier.isValid(next.value())).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "'' | BLANK", "'   ' | BLANK",
					"1.2.156.3005.3.111000000000190198001.1144010000002001XN.2025000001.001.E | PREFIX",
					"111000000000190198001.1144010000002001XN.2025000001.001.E | PREFIX",
					"1.2.156.3005.2.111000000000190198001.1144010000002001XN.2025000001.E | STRUCTURE",
					"1.2.156.3005.2.111000000000190198001.1144010000002001XN.2025.000001.001.E | STRUCTURE",
					"1.2.156.3005.2.111000000000190198001.1144010000002001XN.2025000001.001.E. | STRUCTURE",
					"1.2.156.3005.2.11100000000019019800.1144010000002001XN.2025000001.001.E | TYPE_CODE",
					"1.2.156.3005.2.111000000000190197001.1144010000002001XN.2025000001.001.E | TYPE_CODE",
					"1.2.156.3005.2.1110000000001901980A1.1144010000002001XN.2025000001.001.E | TYPE_CODE",
					"1.2.156.3005.2.111000000000190198001.1144010000002001XM.2025000001.001.E | ISSUER_CODE",
					"1.2.156.3005.2.111000000000190198001.440100.2025000001.001.E | ISSUER_CODE",
					"1.2.156.3005.2.111000000000190198001.1144010000002001XN.2025abc001.001.E | SERIAL",
					"1.2.156.3005.2.111000000000190198001.1144010000002001XN..001.E | SERIAL",
					"1.2.156.3005.2.111000000000190198001.1144010000002001XN.2025-00001.001.E | SERIAL",
					"1.2.156.3005.2.111000000000190198001.1144010000002001XN.2025000001.01.E | VERSION",
					"1.2.156.3005.2.111000000000190198001.1144010000002001XN.2025000001.A01.E | VERSION",
					"1.2.156.3005.2.111000000000190198001.1144010000002001XN.2025000001.000.E | VERSION",
					"1.2.156.3005.2.111000000000190198001.1144010000002001XN.2025000001.001.F | CHECK_CHARACTER",
					"1.2.156.3005.2.111000000000190198001.1144010000002001XN.2025000001.001.e | CHECK_CHARACTER",
					"1.2.156.3005.2.111000000000190198001.1144010000002001XN.2025000001.001.EE | CHECK_CHARACTER",
					"1.2.156.3005.2.111000000000190198001.1144010000002001XN.2025000001.001. | CHECK_CHARACTER" })
	void namesTheMalformedPart(String identifier, Part part) {
		assertThatExceptionOfType(InvalidIdentifierException.class)
			.isThrownBy(() -> CertificateIdentifier.parse(identifier))
			.satisfies((ex) -> {
				assertThat(ex.part()).isEqualTo(part);
				assertThat(ex.code()).isEqualTo(part.code()).startsWith("CERTIFICATE_ID_");
			});
		assertThat(CertificateIdentifier.problem(identifier))
			.hasValueSatisfying((ex) -> assertThat(ex.part()).isEqualTo(part));
	}

	@Test
	void rejectsNull() {
		assertThat(CertificateIdentifier.problem(null))
			.hasValueSatisfying((ex) -> assertThat(ex.part()).isEqualTo(Part.BLANK));
	}

	@Test
	void refusesToGenerateFromMalformedParts() {
		assertThatExceptionOfType(InvalidIdentifierException.class)
			.isThrownBy(() -> CertificateIdentifier.generate(RESIDENT_E_ID_TYPE, GUANGZHOU_PUBLIC_SECURITY, "1", 1000))
			.satisfies((ex) -> assertThat(ex.part()).isEqualTo(Part.VERSION));
		assertThatExceptionOfType(InvalidIdentifierException.class)
			.isThrownBy(() -> CertificateIdentifier.generate(RESIDENT_E_ID_TYPE, GUANGZHOU_PUBLIC_SECURITY,
					"1".repeat(CertificateIdentifier.MAX_SERIAL_LENGTH + 1), 1))
			.satisfies((ex) -> assertThat(ex.part()).isEqualTo(Part.SERIAL));
		assertThatExceptionOfType(InvalidIdentifierException.class).isThrownBy(
				() -> new CertificateIdentifier(RESIDENT_E_ID_TYPE, GUANGZHOU_PUBLIC_SECURITY, "2025000001", 1, 'F'))
			.satisfies((ex) -> assertThat(ex.part()).isEqualTo(Part.CHECK_CHARACTER));
	}

	@Test
	void detectsEverySingleCharacterCorruption() {
		String candidates = Iso7064Mod3736.ALPHABET + ".";
		int checked = 0;
		for (int i = 0; i < DEMO.length(); i++) {
			for (char c : candidates.toCharArray()) {
				if (c != DEMO.charAt(i)) {
					String corrupted = DEMO.substring(0, i) + c + DEMO.substring(i + 1);
					assertThat(CertificateIdentifier.isValid(corrupted)).as(corrupted).isFalse();
					checked++;
				}
			}
		}
		assertThat(checked).isEqualTo(DEMO.length() * 36);
	}

	@Test
	void detectsEveryAdjacentTransposition() {
		int checked = 0;
		for (int i = 0; i + 1 < DEMO.length(); i++) {
			if (DEMO.charAt(i) != DEMO.charAt(i + 1)) {
				String swapped = DEMO.substring(0, i) + DEMO.charAt(i + 1) + DEMO.charAt(i) + DEMO.substring(i + 2);
				assertThat(CertificateIdentifier.isValid(swapped)).as(swapped).isFalse();
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(30);
	}

}
