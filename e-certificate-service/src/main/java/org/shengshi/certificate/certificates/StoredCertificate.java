package org.shengshi.certificate.certificates;

import java.util.Map;

import org.shengshi.certificate.signature.CertificateContent;
import org.shengshi.certificate.signature.CertificateSignature;
import org.shengshi.certificate.signature.SignatureAlgorithm;
import org.shengshi.certificate.status.CertificateStatus;
import org.shengshi.certificate.type.CertificateType;

/**
 * A certificate with its type and decrypted fields, for verification.
 */
public record StoredCertificate(CertificateRow row, CertificateType type, Map<String, String> fields) {

	public CertificateStatus status() {
		return CertificateStatus.fromCode(this.row.status());
	}

	public CertificateContent content() {
		return new CertificateContent(this.row.identifier(), this.row.typeCode(), this.row.issuerCode(),
				this.row.issuedAt(), this.row.validFrom(), this.row.validUntil(), Map.copyOf(this.fields));
	}

	public CertificateSignature signature() {
		return CertificateSignature.of(this.row.kid(), SignatureAlgorithm.valueOf(this.row.algorithm()),
				this.row.signature());
	}

}
