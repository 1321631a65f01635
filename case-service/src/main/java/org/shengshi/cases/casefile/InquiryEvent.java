package org.shengshi.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Data of every {@code consultation.*} and {@code complaint.*} event (data version 1):
 * which consultation or complaint, which transition, and its due date. No personal data:
 * neither the question nor the answer.
 *
 * @param caseId the case id (also the envelope subject)
 * @param caseNumber the human case number
 * @param kind {@code CONSULTATION} or {@code COMPLAINT}
 * @param departmentCode the department it is addressed to
 * @param applicantSubject the resident's token subject
 * @param relatedCaseId for a complaint: the resident's own case it is about, or
 * {@code null}
 * @param action the lifecycle action
 * @param fromStatus status before
 * @param toStatus status after
 * @param dueDate the answer's due date (Asia/Shanghai)
 * @param occurredAt when
 */
record InquiryEvent(String caseId, String caseNumber, String kind, String departmentCode, String applicantSubject,
		String relatedCaseId, String action, String fromStatus, String toStatus, LocalDate dueDate,
		Instant occurredAt) {
}
