package org.shengshi.cases.casefile;

import java.time.Instant;

/**
 * Data of every {@code case.*} event (data version 1): which case, which transition, and
 * what consumers such as payment-adapter and e-certificate-service need. No personal
 * data.
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
 * @param feeFen the item's fee in fen (0 when free)
 * @param occurredAt when
 */
record CaseEvent(String caseId, String caseNumber, String itemCode, int itemVersion, String departmentCode,
		String applicantSubject, String action, String fromStatus, String toStatus, long feeFen, Instant occurredAt) {
}
