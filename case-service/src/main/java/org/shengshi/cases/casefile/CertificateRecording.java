package org.shengshi.cases.casefile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the e-certificate issued for a completed case on the case. Only a certificate
 * whose holder is the case's applicant is recorded, and only the first one; anything else
 * is logged and ignored.
 */
@Component
public class CertificateRecording {

	private static final Logger log = LoggerFactory.getLogger(CertificateRecording.class);

	private final CaseMapper cases;

	CertificateRecording(CaseMapper cases) {
		this.cases = cases;
	}

	/**
	 * @return whether the case now shows this certificate
	 */
	@Transactional
	public boolean record(String caseId, String holderSubject, String certificateId, String identifier,
			String typeCode) {
		CaseRow row = (caseId != null && caseId.length() == 36) ? this.cases.findById(caseId) : null;
		if (row == null || certificateId == null) {
			log.info("Certificate {} names no known case; ignored", certificateId);
			return false;
		}
		if (!row.applicantSub.equals(holderSubject)) {
			log.warn("Certificate {} is held by someone other than the applicant of case {}; ignored", certificateId,
					caseId);
			return false;
		}
		if (this.cases.recordCertificate(caseId, certificateId, identifier, typeCode) == 1) {
			return true;
		}
		return certificateId.equals(this.cases.findById(caseId).certificateId);
	}

}
