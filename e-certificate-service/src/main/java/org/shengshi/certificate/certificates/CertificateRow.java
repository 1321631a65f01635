package org.shengshi.certificate.certificates;

import java.time.Instant;
import java.time.LocalDate;

import org.shengshi.platform.pii.EncryptedString;

/**
 * One stored certificate, as in table {@code certificate}.
 */
public record CertificateRow(String id, String identifier, String typeCode, String holderSubject, String holderIdIndex,
		EncryptedString fields, String status, String issuerDepartment, String issuerCode, String kid, String algorithm,
		String signature, Instant issuedAt, LocalDate validFrom, LocalDate validUntil, String sourceEventId) {

}
