package org.shengshi.certificate.certificates;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A certificate in a list: personal data masked.
 */
public record CertificateSummary(String id, String identifier, String typeCode, String typeName, String status,
		String statusLabel, String issuer, Instant issuedAt, LocalDate validUntil, String holderName,
		String holderIdNumber) {

}
