package org.shengshi.certificate.certificates;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.shengshi.certificate.type.CertificateType;
import org.shengshi.certificate.type.CertificateTypeLoader;

import static org.assertj.core.api.Assertions.assertThat;

class CaseCertificateFieldsTest {

	private static final CertificateType RESIDENCE_PERMIT = new CertificateTypeLoader().loadDefault()
		.find("111000000000190198002")
		.orElseThrow();

	@Test
	void aResidencePermitApplicationFormBecomesACompletePermitWithoutTheFormsOtherAnswers() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("applicantName", "钱七");
		form.put("applicantIdNumber", "440106199202021234");
		form.put("applicantGender", "女");
		form.put("applicantPhone", "13900001111");
		form.put("residenceAddress", "广州市天河区体育西路1号");
		form.put("residenceReason", "就业");
		form.put("deliveryMethod", "窗口领取");

		Map<String, String> fields = CaseCertificateFields.of(RESIDENCE_PERMIT, form, "c-1", "GZ-2026-000123",
				LocalDate.of(2026, 11, 26));

		assertThat(fields).containsEntry("name", "钱七")
			.containsEntry("idNumber", "440106199202021234")
			.containsEntry("gender", "女")
			.containsEntry("residenceAddress", "广州市天河区体育西路1号")
			.containsEntry("permitNumber", "GZ-2026-000123")
			.containsEntry("issuedOn", "2026-11-26")
			.containsEntry("photoRef", "case:c-1:PHOTO")
			.doesNotContainKeys("applicantPhone", "residenceReason", "deliveryMethod", "applicantName");
	}

	@Test
	void valuesTheApplicantGaveUnderTheCertificatesOwnNamesWinOverWhatTheIssuerWouldWrite() {
		Map<String, String> fields = CaseCertificateFields.of(RESIDENCE_PERMIT,
				Map.of("name", "钱七", "applicantName", "别名", "permitNumber", "GZ-OLD-1"), "c-2", null,
				LocalDate.of(2026, 1, 2));

		assertThat(fields).containsEntry("permitNumber", "GZ-OLD-1")
			.containsEntry("issuedOn", "2026-01-02")
			.containsEntry("name", "钱七")
			.containsEntry("photoRef", "case:c-2:PHOTO");
	}

	@Test
	void aReplacementCarriesOverTheCurrentPermitsContentWithANewNumberDateAndPhoto() {
		Map<String, String> current = Map.of("name", "钱七", "idNumber", "440106199202021234", "gender", "女",
				"residenceAddress", "广州市天河区体育西路1号", "permitNumber", "440100-20260101-000001", "issuedOn", "2026-01-01",
				"photoRef", "case:old:PHOTO");
		Map<String, String> replacementForm = Map.of("applicantName", "钱七", "applicantIdNumber", "440106199202021234",
				"residencePermitNumber", "440100-20260101-000001", "lostStatement", "地铁遗失");

		Map<String, String> fields = CaseCertificateFields.of(RESIDENCE_PERMIT, replacementForm, "c-3",
				"440100-20261127-000009", LocalDate.of(2026, 11, 27), current);

		assertThat(fields).containsEntry("residenceAddress", "广州市天河区体育西路1号")
			.containsEntry("gender", "女")
			.containsEntry("permitNumber", "440100-20261127-000009")
			.containsEntry("issuedOn", "2026-11-27")
			.containsEntry("photoRef", "case:c-3:PHOTO")
			.doesNotContainKeys("lostStatement", "residencePermitNumber");
	}

}
