package org.shengshi.cases.casefile;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.shengshi.cases.lifecycle.CaseStatus;
import org.shengshi.cases.material.ProvidedMaterial;
import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;
import org.shengshi.cases.remote.CertificatesClient;
import org.shengshi.cases.remote.CertificatesClient.WalletEntry;

import org.springframework.stereotype.Service;

/**
 * A material satisfied by one of the applicant's own e-certificates: the certificate must
 * be valid and in the applicant's wallet (their token relayed), of the type the item
 * version names for the material; the applicant's authorisation for the department to
 * read it within this case is granted at e-certificate-service, then the reference is
 * stored. Officers read the certificate there ({@code GET
 * /api/v1/certificates/{id}/case-read?caseId=}).
 */
@Service
class CertificateMaterials {

	private final MaterialMapper materials;

	private final CaseTransitions transitions;

	private final CertificatesClient certificates;

	private final Clock clock;

	CertificateMaterials(MaterialMapper materials, CaseTransitions transitions, CertificatesClient certificates,
			Clock clock) {
		this.materials = materials;
		this.transitions = transitions;
		this.certificates = certificates;
		this.clock = clock;
	}

	CertificateMaterial attach(CaseRow row, String materialCode, String certificateId, String residentSub,
			String residentBearer) {
		if (!MaterialUploads.OPEN_FOR_UPLOADS.contains(CaseStatus.valueOf(row.status))) {
			throw new CaseRuleException(CaseErrorCode.CASE_TRANSITION_NOT_ALLOWED,
					"materials can be given while the case is " + MaterialUploads.OPEN_FOR_UPLOADS);
		}
		if (!row.applicantSub.equals(residentSub)) {
			throw new CaseRuleException(CaseErrorCode.CASE_ACTION_FORBIDDEN,
					"only the applicant can give their own e-certificates");
		}
		var guide = this.transitions.snapshotOf(row).materialGuide();
		guide.supplementRequest(List.of(materialCode));
		WalletEntry certificate = this.certificates.wallet(residentBearer)
			.stream()
			.filter((entry) -> certificateId.equals(entry.id()) && entry.valid())
			.findFirst()
			.orElseThrow(() -> new CaseRuleException(CaseErrorCode.CERTIFICATE_NOT_IN_WALLET,
					"no valid certificate " + certificateId + " in the applicant's wallet"));
		guide.checkSubmission(List
			.of(new ProvidedMaterial.CertificateReference(materialCode, certificate.typeCode(), certificate.id())));
		String authorisation = this.certificates.authorise(residentBearer, certificate.id(), row.id,
				row.departmentCode);
		Instant now = this.clock.instant();
		CertificateMaterial material = new CertificateMaterial(CaseIds.at(now), row.id, materialCode, certificate.id(),
				certificate.identifier(), certificate.typeCode(), authorisation, residentSub, now);
		if (this.materials.insertCertificate(material) == 0) {
			return this.materials.listCertificatesByCase(row.id)
				.stream()
				.filter((m) -> m.materialCode().equals(materialCode) && m.certificateId().equals(certificateId))
				.findFirst()
				.orElse(material);
		}
		return material;
	}

	List<CertificateMaterial> list(CaseRow row) {
		return this.materials.listCertificatesByCase(row.id);
	}

}
