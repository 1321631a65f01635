package org.shengshi.cases.material;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The guide of a residence-permit item: ID card (e-ID accepted), photo, proof of
 * residence, optional lease.
 */
class MaterialGuideTest {

	private static final MaterialGuide GUIDE = MaterialGuide.of(List.of(
			new MaterialSpec("ID_CARD", "居民身份证", true, Set.of(MaterialForm.ORIGINAL, MaterialForm.ELECTRONIC),
					"RESIDENT_EID"),
			new MaterialSpec("PHOTO", "近期免冠照片", true, Set.of(MaterialForm.ELECTRONIC), null),
			new MaterialSpec("RESIDENCE_PROOF", "居住证明", true, Set.of(MaterialForm.COPY), "PROPERTY_CERT"),
			new MaterialSpec("LEASE", "租赁合同", false, Set.of(MaterialForm.COPY), null)));

	@Test
	void supplementRequestMayNameOnlyListedMaterials() {
		assertThat(GUIDE.supplementRequest(List.of("PHOTO", "LEASE")).stream().map(MaterialSpec::name))
			.containsExactly("近期免冠照片", "租赁合同");
		assertThatExceptionOfType(CaseRuleException.class)
			.isThrownBy(() -> GUIDE.supplementRequest(List.of("PHOTO", "HOUSEHOLD_REGISTER", "MARRIAGE_CERT")))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo(CaseErrorCode.MATERIAL_NOT_IN_GUIDE);
				assertThat(ex.detail()).contains("HOUSEHOLD_REGISTER", "MARRIAGE_CERT").doesNotContain("PHOTO");
			});
	}

	@Test
	void supplementRequestIsNonEmptyAndNamesEachMaterialOnce() {
		assertRefused(() -> GUIDE.supplementRequest(List.of()), CaseErrorCode.MATERIAL_LIST_INVALID);
		assertRefused(() -> GUIDE.supplementRequest(null), CaseErrorCode.MATERIAL_LIST_INVALID);
		assertRefused(() -> GUIDE.supplementRequest(List.of("PHOTO", "PHOTO")), CaseErrorCode.MATERIAL_LIST_INVALID);
	}

	@Test
	void completeWithUploadsOrFittingECertificates() {
		Completeness completeness = GUIDE
			.checkSubmission(List.of(new ProvidedMaterial.CertificateReference("ID_CARD", "RESIDENT_EID", "cert-1"),
					upload("PHOTO"), upload("RESIDENCE_PROOF")));
		assertThat(completeness.complete()).isTrue();
		GUIDE.requireComplete(List.of(upload("ID_CARD"), upload("PHOTO"),
				new ProvidedMaterial.CertificateReference("RESIDENCE_PROOF", "PROPERTY_CERT", "cert-2")));
	}

	@Test
	void reportsEveryMissingRequiredMaterialButNotOptionalOnes() {
		Completeness completeness = GUIDE.checkSubmission(List.of(upload("PHOTO")));
		assertThat(completeness.complete()).isFalse();
		assertThat(completeness.missingCodes()).containsExactly("ID_CARD", "RESIDENCE_PROOF");
		assertThatExceptionOfType(CaseRuleException.class)
			.isThrownBy(() -> GUIDE.requireComplete(List.of(upload("PHOTO"))))
			.satisfies((ex) -> {
				assertThat(ex.code()).isEqualTo(CaseErrorCode.MATERIAL_INCOMPLETE);
				assertThat(ex.detail()).contains("ID_CARD", "RESIDENCE_PROOF");
			});
	}

	@Test
	void refusesMaterialsBeyondTheGuide() {
		assertRefused(() -> GUIDE.checkSubmission(List.of(upload("PHOTO"), upload("BANK_STATEMENT"))),
				CaseErrorCode.MATERIAL_NOT_IN_GUIDE);
	}

	@Test
	void refusesAnECertificateTheGuideDoesNotAcceptForTheMaterial() {
		assertRefused(
				() -> GUIDE.checkSubmission(
						List.of(new ProvidedMaterial.CertificateReference("ID_CARD", "DRIVING_LICENCE", "cert-3"))),
				CaseErrorCode.MATERIAL_CERTIFICATE_TYPE_MISMATCH);
		assertRefused(
				() -> GUIDE.checkSubmission(
						List.of(new ProvidedMaterial.CertificateReference("PHOTO", "RESIDENT_EID", "cert-1"))),
				CaseErrorCode.MATERIAL_CERTIFICATE_TYPE_MISMATCH);
	}

	@Test
	void resubmissionMustSupplyWhatWasRequested() {
		assertThat(GUIDE.checkResubmission(List.of("PHOTO", "LEASE"), List.of(upload("PHOTO"))).missingCodes())
			.containsExactly("LEASE");
		assertThat(GUIDE.checkResubmission(List.of("PHOTO"), List.of(upload("PHOTO"), upload("LEASE"))).complete())
			.isTrue();
		assertRefused(() -> GUIDE.checkResubmission(List.of("PHOTO"), List.of(upload("PHOTO"), upload("OTHER"))),
				CaseErrorCode.MATERIAL_NOT_IN_GUIDE);
	}

	@Test
	void guideCodesAreUnique() {
		MaterialSpec photo = new MaterialSpec("PHOTO", "照片", true, Set.of(), null);
		assertThatIllegalArgumentException().isThrownBy(() -> MaterialGuide.of(List.of(photo, photo)));
		assertThatIllegalArgumentException().isThrownBy(() -> new MaterialSpec(" ", "照片", true, null, null));
	}

	private static ProvidedMaterial upload(String code) {
		return new ProvidedMaterial.Upload(code, ContentType.PDF, "0".repeat(64), 1024);
	}

	private static void assertRefused(Runnable call, CaseErrorCode code) {
		assertThatExceptionOfType(CaseRuleException.class).isThrownBy(call::run)
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(code));
	}

}
