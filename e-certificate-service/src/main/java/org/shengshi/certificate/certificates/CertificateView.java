package org.shengshi.certificate.certificates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A certificate opened in full by its holder.
 */
public record CertificateView(String id, String identifier, String typeCode, String typeName, String status,
		String statusLabel, String issuer, Instant issuedAt, LocalDate validFrom, LocalDate validUntil,
		Map<String, String> fields, String kid, String algorithm, String signature) {

}
