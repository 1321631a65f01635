package org.shengshi.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.shengshi.cases.lifecycle.CaseStatus;
import org.shengshi.cases.prefill.Prefill;

/**
 * A case as lists and details show it. No personal data: form values are not included.
 *
 * @param id the case id
 * @param caseNumber human number, once submitted
 * @param itemCode item code
 * @param itemVersion item version filed under
 * @param itemName item name
 * @param departmentCode implementing department
 * @param status lifecycle status
 * @param statusLabel the status in plain Chinese
 * @param channel {@code ONLINE}, {@code WINDOW} (walk-in filed by an officer) or
 * {@code DELEGATED} (filed by a delegate under an active delegation)
 * @param feeFen the item's fee in fen
 * @param dueDate due date (Asia/Shanghai) once accepted
 * @param version send it back with actions (optimistic locking)
 * @param createdAt when created
 * @param submittedAt when submitted
 * @param applicantSubject whose case it is
 * @param filedBySubject who filed it (the applicant, a delegate or an officer)
 * @param assigneeSubject the officer who claimed or was assigned the case, if any
 * @param certificate the e-certificate issued on completion, once e-certificate-service
 * reported it
 * @param prefilledFields on filing only: fields filled from the profile or an
 * e-certificate
 * @param notPrefilledFields on filing only: fields with a prefill source that stayed
 * empty because the source was unavailable or had no value (to be typed)
 * @param kind {@code APPLICATION}, {@code CONSULTATION} or {@code COMPLAINT}
 */
record CaseSummary(String id, String caseNumber, String itemCode, int itemVersion, String itemName,
		String departmentCode, String status, String statusLabel, String channel, long feeFen, LocalDate dueDate,
		int version, Instant createdAt, Instant submittedAt, String applicantSubject, String filedBySubject,
		String assigneeSubject, IssuedCertificate certificate, List<String> prefilledFields,
		List<String> notPrefilledFields, String kind) {

	static CaseSummary of(CaseRow row) {
		CaseStatus status = CaseStatus.valueOf(row.status);
		return new CaseSummary(row.id, row.caseNumber, row.itemCode, row.itemVersion, row.itemName, row.departmentCode,
				status.name(), status.label(), row.channel, row.feeFen, row.dueDate, row.version, row.createdAt,
				row.submittedAt, row.applicantSub, row.filedBySub, row.assigneeSub,
				(row.certificateId != null)
						? new IssuedCertificate(row.certificateId, row.certificateIdentifier, row.certificateType)
						: null,
				null, null, row.kind);
	}

	CaseSummary withPrefill(Prefill prefill) {
		return new CaseSummary(this.id, this.caseNumber, this.itemCode, this.itemVersion, this.itemName,
				this.departmentCode, this.status, this.statusLabel, this.channel, this.feeFen, this.dueDate,
				this.version, this.createdAt, this.submittedAt, this.applicantSubject, this.filedBySubject,
				this.assigneeSubject, this.certificate, prefill.prefilledFields(), prefill.notPrefilledFields(),
				this.kind);
	}

	/**
	 * The certificate the case produced.
	 *
	 * @param id certificate id at e-certificate-service
	 * @param identifier GB/T 36904 identifier
	 * @param typeCode certificate type code
	 */
	record IssuedCertificate(String id, String identifier, String typeCode) {
	}

}
