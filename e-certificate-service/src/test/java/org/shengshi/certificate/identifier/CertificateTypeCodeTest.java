package org.shengshi.certificate.identifier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CertificateTypeCodeTest {

	@Test
	void splitsIntoDefiningAuthorityAndSequence() {
		CertificateTypeCode code = CertificateTypeCode.of("11100000000013338W011");
		assertThat(code.definingAuthority().value()).isEqualTo("11100000000013338W");
		assertThat(code.sequence()).isEqualTo("011");
	}

	@Test
	void rejectsAWrongLengthABadAuthorityOrANonNumericSequence() {
		assertThat(CertificateTypeCode.problem("11100000000013338W01")).isPresent();
		assertThat(CertificateTypeCode.problem("11100000000013338X011"))
			.hasValueSatisfying((problem) -> assertThat(problem).startsWith("defining authority code"));
		assertThat(CertificateTypeCode.problem("11100000000013338W0A1"))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("digits"));
		assertThatExceptionOfType(InvalidIdentifierException.class).isThrownBy(() -> CertificateTypeCode.of(null))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("CERTIFICATE_ID_TYPE_CODE"));
	}

}
