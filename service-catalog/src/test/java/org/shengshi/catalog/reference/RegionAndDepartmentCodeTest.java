package org.shengshi.catalog.reference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RegionAndDepartmentCodeTest {

	@Test
	void knowsRegionLevelsAndAncestors() {
		assertThat(new RegionCode("440000").level()).isEqualTo(RegionCode.Level.PROVINCE);
		assertThat(new RegionCode("440100").level()).isEqualTo(RegionCode.Level.CITY);
		assertThat(new RegionCode("440106").selfAndAncestors()).extracting(RegionCode::value)
			.containsExactly("440106", "440100", "440000");
		assertThat(new RegionCode("440100").contains(new RegionCode("440106"))).isTrue();
		assertThat(new RegionCode("440106").contains(new RegionCode("440104"))).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "44010", "4401066", "990100", "440006", "44010a" })
	void rejectsMalformedRegions(String code) {
		assertThat(RegionCode.isValid(code)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> new RegionCode(code));
	}

	@Test
	void splitsDepartmentCodes() {
		DepartmentCode code = new DepartmentCode("440106-MZ");
		assertThat(code.region()).isEqualTo(new RegionCode("440106"));
		assertThat(code.abbreviation()).isEqualTo("MZ");
		assertThat(DepartmentCode.parse("440100-gA")).isEmpty();
		assertThat(DepartmentCode.parse("440100-ABCDEFG")).isEmpty();
		assertThat(DepartmentCode.parse("990100-GA")).isEmpty();
	}

	@Test
	void theBundledCertificateTypesIncludeThoseOtherServicesIssue() {
		CertificateTypeDirectory directory = CertificateTypeDirectory.bundled();
		assertThat(directory.all()).extracting(CertificateType::code)
			.contains("RESIDENT_EID", "RESIDENCE_PERMIT", "MARRIAGE_CERT", "BUSINESS_LICENCE", "REAL_ESTATE_CERT",
					"DRIVING_LICENCE", "SOCIAL_SECURITY_CARD");
		assertThat(directory.find("RESIDENT_EID").orElseThrow().field("idNumber")).get()
			.extracting(CertificateType.Field::type)
			.isEqualTo("idNumber");
		assertThatIllegalArgumentException().isThrownBy(() -> new CertificateTypeDirectory(
				java.util.List.of(new CertificateType("A.B", "x", java.util.List.of()))));
	}

}
