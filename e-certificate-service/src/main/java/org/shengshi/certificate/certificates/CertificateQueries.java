package org.shengshi.certificate.certificates;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.shengshi.certificate.status.CertificateStatus;
import org.shengshi.certificate.type.CertificateType;
import org.shengshi.certificate.type.CertificateTypeCatalog;
import org.shengshi.platform.pii.Masking;

import org.springframework.stereotype.Service;

/**
 * Reads certificates for holders, issuers and verifiers.
 */
@Service
public class CertificateQueries {

	private static final int ISSUED_LIMIT = 100;

	private final CertificateMapper mapper;

	private final CertificateTypeCatalog types;

	private final FieldsCodec codec;

	CertificateQueries(CertificateMapper mapper, CertificateTypeCatalog types, FieldsCodec codec) {
		this.mapper = mapper;
		this.types = types;
		this.codec = codec;
	}

	public List<CertificateSummary> wallet(String holderSubject) {
		return this.mapper.findByHolder(holderSubject).stream().map(this::summary).toList();
	}

	/**
	 * The fields of the holder's newest valid certificate of a type, if they hold one: a
	 * replacement (补领) or renewal carries them over.
	 * @param holderSubject the holder
	 * @param typeCode the certificate type
	 * @return the decrypted fields, or empty
	 */
	public Map<String, String> currentFields(String holderSubject, String typeCode) {
		return this.mapper.findByHolder(holderSubject)
			.stream()
			.filter((row) -> typeCode.equals(row.typeCode()) && CertificateStatus.fromCode(row.status()).isUsable())
			.findFirst()
			.map((row) -> this.codec.open(row.fields()))
			.orElse(Map.of());
	}

	public List<CertificateSummary> issuedBy(String department) {
		return this.mapper.findByIssuerDepartment(department, ISSUED_LIMIT).stream().map(this::summary).toList();
	}

	/**
	 * The holder's own certificate in full; someone else's is not found.
	 */
	public CertificateView openForHolder(String id, String holderSubject) {
		StoredCertificate certificate = ownedBy(id, holderSubject);
		CertificateRow row = certificate.row();
		CertificateStatus status = certificate.status();
		return new CertificateView(row.id(), row.identifier(), row.typeCode(), certificate.type().name(), status.code(),
				status.label(), certificate.type().issuer().name(), row.issuedAt(), row.validFrom(), row.validUntil(),
				certificate.fields(), row.kid(), row.algorithm(), row.signature());
	}

	/**
	 * The holder's own certificate; someone else's is not found.
	 */
	public StoredCertificate ownedBy(String id, String holderSubject) {
		StoredCertificate certificate = load(id);
		if (!Objects.equals(certificate.row().holderSubject(), holderSubject)) {
			throw CertificateProblems.notFound();
		}
		return certificate;
	}

	public boolean exists(String id) {
		return this.mapper.findById(id) != null;
	}

	public StoredCertificate load(String id) {
		CertificateRow row = this.mapper.findById(id);
		if (row == null) {
			throw CertificateProblems.notFound();
		}
		return new StoredCertificate(row, typeOf(row), this.codec.open(row.fields()));
	}

	private CertificateSummary summary(CertificateRow row) {
		CertificateType type = typeOf(row);
		Map<String, String> fields = this.codec.open(row.fields());
		CertificateStatus status = CertificateStatus.fromCode(row.status());
		return new CertificateSummary(row.id(), row.identifier(), row.typeCode(), type.name(), status.code(),
				status.label(), type.issuer().name(), row.issuedAt(), row.validUntil(),
				Masking.name(holderName(fields)), Masking.idNumber(fields.get("idNumber")));
	}

	private static String holderName(Map<String, String> fields) {
		return fields.containsKey("name") ? fields.get("name") : fields.get("holderName");
	}

	private CertificateType typeOf(CertificateRow row) {
		return this.types.find(row.typeCode())
			.orElseThrow(() -> new IllegalStateException("stored certificate has an unknown type " + row.typeCode()));
	}

}
