package org.shengshi.certificate.presentations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.shengshi.certificate.certificates.CertificateQueries;
import org.shengshi.certificate.certificates.StoredCertificate;
import org.shengshi.certificate.config.Ids;
import org.shengshi.certificate.disclosure.DisclosedFields;
import org.shengshi.certificate.disclosure.Disclosure;
import org.shengshi.certificate.disclosure.DisclosurePolicy;
import org.shengshi.platform.problem.ProblemException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Department reads during a case (办件用证): the holder authorises one department for one
 * case for a bounded time; officers of that department then read the certificate's
 * case-material fields, and every read is logged for the holder.
 */
@Service
class CaseAuthorisations {

	static final String PURPOSE = "CASE_MATERIAL";

	static final Duration MAX_VALIDITY = Duration.ofDays(30);

	static final String NOT_AUTHORISED = "CERTIFICATE_READ_NOT_AUTHORISED";

	private final CaseAuthorisationMapper mapper;

	private final CertificateQueries certificates;

	private final DisclosurePolicy policy;

	private final UseLogMapper useLog;

	private final Clock clock;

	CaseAuthorisations(CaseAuthorisationMapper mapper, CertificateQueries certificates, DisclosurePolicy policy,
			UseLogMapper useLog, Clock clock) {
		this.mapper = mapper;
		this.certificates = certificates;
		this.policy = policy;
		this.useLog = useLog;
		this.clock = clock;
	}

	CaseAuthorisation grant(String certificateId, String holderSubject, String caseId, String department,
			int validHours) {
		this.certificates.ownedBy(certificateId, holderSubject);
		Duration validity = Duration.ofHours(validHours);
		if (validHours < 1 || validity.compareTo(MAX_VALIDITY) > 0) {
			throw new ProblemException(HttpStatus.BAD_REQUEST, "AUTHORISATION_VALIDITY_INVALID", "授权期限须在1小时至30天之间",
					"The authorisation must last from 1 hour to 30 days");
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MILLIS);
		CaseAuthorisation authorisation = new CaseAuthorisation(Ids.next(), certificateId, holderSubject, caseId,
				department, now, now.plus(validity), null);
		this.mapper.insert(authorisation);
		return authorisation;
	}

	List<CaseAuthorisation> list(String certificateId, String holderSubject) {
		this.certificates.ownedBy(certificateId, holderSubject);
		return this.mapper.findByCertificate(certificateId);
	}

	void revoke(String certificateId, String holderSubject, String authorisationId) {
		this.certificates.ownedBy(certificateId, holderSubject);
		if (this.mapper.revoke(authorisationId, certificateId, this.clock.instant()) != 1) {
			throw new ProblemException(HttpStatus.NOT_FOUND, "AUTHORISATION_NOT_FOUND", "授权不存在或已撤回",
					"No such active authorisation");
		}
	}

	/**
	 * The case-material fields for an officer of {@code department}; refused without an
	 * active authorisation. Reads and refused reads of an existing certificate are both
	 * written to the holder's use log.
	 */
	@Transactional(noRollbackFor = ProblemException.class)
	DepartmentRead read(String certificateId, String caseId, String department) {
		Instant now = this.clock.instant();
		if (this.mapper.findActive(certificateId, caseId, department, now).isEmpty()) {
			if (this.certificates.exists(certificateId)) {
				record(certificateId, department, "", NOT_AUTHORISED, caseId, now);
			}
			throw new ProblemException(HttpStatus.FORBIDDEN, NOT_AUTHORISED, "持证人未授权本部门在该办件中使用此证照",
					"The holder has not authorised your department for this case");
		}
		StoredCertificate certificate = this.certificates.load(certificateId);
		DisclosedFields fields = this.policy.disclose(certificate.type(), certificate.fields(),
				Disclosure.forPurpose(PURPOSE), PURPOSE);
		record(certificateId, department, String.join(",", fields.fields().keySet()), "DISCLOSED", caseId, now);
		return new DepartmentRead(certificate.row().identifier(), certificate.type().name(),
				certificate.status().code(), certificate.status().label(), caseId, fields.fields());
	}

	private void record(String certificateId, String department, String fields, String outcome, String caseId,
			Instant at) {
		this.useLog.insert(new UseRecord(Ids.next(), certificateId, "DEPARTMENT", department, PURPOSE, fields, outcome,
				caseId, at));
	}

	record DepartmentRead(String identifier, String typeName, String status, String statusLabel, String caseId,
			Map<String, Object> fields) {
	}

}
