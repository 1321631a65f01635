package org.shengshi.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;

import org.shengshi.cases.lifecycle.CaseKind;
import org.shengshi.cases.lifecycle.CaseStatus;

/**
 * A consultation or complaint as its resident and the department's officers see it.
 *
 * @param id the case id (actions at {@code /api/v1/cases/{id}/actions})
 * @param caseNumber human number
 * @param kind {@code CONSULTATION} or {@code COMPLAINT}
 * @param kindLabel 咨询 or 投诉
 * @param departmentCode the department it is addressed to
 * @param status lifecycle status
 * @param statusLabel the status in plain Chinese
 * @param topic subject line
 * @param question the question or complaint
 * @param relatedCaseId the resident's case a complaint is about, or {@code null}
 * @param limitWorkingDays the department's promised limit
 * @param dueDate the day the answer is due (Asia/Shanghai)
 * @param version send it back with actions (optimistic locking)
 * @param assigneeSubject the officer who claimed it or was assigned, if any
 * @param answer the department's answer, once given
 * @param answeredAt when it was answered
 * @param createdAt when it was filed
 */
record InquiryView(String id, String caseNumber, String kind, String kindLabel, String departmentCode, String status,
		String statusLabel, String topic, String question, String relatedCaseId, int limitWorkingDays,
		LocalDate dueDate, int version, String assigneeSubject, String answer, Instant answeredAt, Instant createdAt) {

	static InquiryView of(CaseRow row, String topic, String question, TimelineEntry answer) {
		CaseKind kind = row.caseKind();
		CaseStatus status = CaseStatus.valueOf(row.status);
		return new InquiryView(row.id, row.caseNumber, kind.name(), kind.label(), row.departmentCode, status.name(),
				status.label(), topic, question, row.relatedCaseId, row.promisedLimitDays, row.dueDate, row.version,
				row.assigneeSub, (answer != null) ? answer.opinion() : null,
				(answer != null) ? answer.occurredAt() : null, row.createdAt);
	}

}
