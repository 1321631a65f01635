package org.shengshi.cases.certificate;

/**
 * Data of {@code certificate.issued} (data version 1) from e-certificate-service;
 * contract in docs/architecture.md.
 *
 * @param certificateId the certificate id
 * @param identifier its GB/T 36904 identifier
 * @param typeCode certificate type code
 * @param holderSubject the holder's token subject
 * @param caseId the case it was issued for (present when issued from
 * {@code case.completed})
 */
record CertificateIssued(String certificateId, String identifier, String typeCode, String holderSubject,
		String caseId) {
}
