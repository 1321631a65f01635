package org.shengshi.cases.casefile;

import java.time.Instant;

/**
 * Data of {@code case.completed} (data version 1): the fields of every {@code case.*}
 * event plus what e-certificate-service needs to issue the item's certificate
 * (docs/architecture.md, "Events consumed by e-certificate-service").
 *
 * @param caseId the case id (also the envelope subject)
 * @param caseNumber the human case number
 * @param itemCode item code
 * @param itemVersion item version the case was filed under
 * @param departmentCode implementing department
 * @param applicantSubject the applicant's token subject
 * @param action the lifecycle action
 * @param fromStatus status before
 * @param toStatus status after
 * @param feeFen the item's fee in fen
 * @param occurredAt when
 * @param certificateType the certificate type the item produces; absent when none
 * @param holderSubject who receives it: the applicant
 * @param fields PiiCipher ciphertext (associated data {@value #FIELDS_AD}) of a JSON
 * object of the case's form values; absent when no certificate is produced
 */
record CaseCompletedEvent(String caseId, String caseNumber, String itemCode, int itemVersion, String departmentCode,
		String applicantSubject, String action, String fromStatus, String toStatus, long feeFen, Instant occurredAt,
		String certificateType, String holderSubject, String fields) {

	static final String FIELDS_AD = "event.case.completed.fields";

}
