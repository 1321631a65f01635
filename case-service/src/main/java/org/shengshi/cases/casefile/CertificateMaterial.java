package org.shengshi.cases.casefile;

import java.time.Instant;

/**
 * A material given as a reference to one of the applicant's e-certificates.
 *
 * @param id reference id
 * @param caseId the case
 * @param materialCode the guide's material code
 * @param certificateId certificate id at e-certificate-service
 * @param certificateIdentifier its GB/T 36904 identifier
 * @param typeCode certificate type code
 * @param authorisationId the applicant's authorisation for the department to read it
 * @param attachedBy who attached it
 * @param attachedAt when
 */
record CertificateMaterial(String id, String caseId, String materialCode, String certificateId,
		String certificateIdentifier, String typeCode, String authorisationId, String attachedBy, Instant attachedAt) {
}
