package org.shengshi.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;

import org.shengshi.cases.lifecycle.CaseKind;
import org.shengshi.cases.lifecycle.CaseState;
import org.shengshi.cases.lifecycle.CaseStatus;
import org.shengshi.platform.pii.EncryptedString;

/** One row of {@code case_file}; never leaves this package's services. */
class CaseRow {

	String id;

	/** {@link CaseKind}: an application, or a consultation or complaint. */
	String kind = CaseKind.APPLICATION.name();

	/** For a complaint: the complainant's own case it is about, if any. */
	String relatedCaseId;

	/**
	 * Years the stored due date was counted without their holiday notice,
	 * comma-separated; empty when none, {@code null} when not recorded.
	 */
	String calendarFallbackYears;

	String caseNumber;

	String applicantSub;

	String filedBySub;

	String channel;

	String departmentCode;

	String regionCode;

	String itemCode;

	int itemVersion;

	String itemName;

	String itemSnapshot;

	int promisedLimitDays;

	boolean instantItem;

	long feeFen;

	EncryptedString formValues;

	String status;

	String returnTo;

	int version;

	String slaClock;

	LocalDate dueDate;

	LocalDate warningFrom;

	LocalDate queueDue;

	Instant createdAt;

	Instant submittedAt;

	Instant updatedAt;

	String certificateId;

	String certificateIdentifier;

	String certificateType;

	String assigneeSub;

	CaseKind caseKind() {
		return CaseKind.valueOf(this.kind);
	}

	CaseState state() {
		CaseStatus current = CaseStatus.valueOf(this.status);
		return (this.returnTo != null) ? CaseState.interrupted(current, CaseStatus.valueOf(this.returnTo))
				: CaseState.of(current);
	}

	CaseRow copy() {
		CaseRow copy = new CaseRow();
		copy.id = this.id;
		copy.kind = this.kind;
		copy.relatedCaseId = this.relatedCaseId;
		copy.calendarFallbackYears = this.calendarFallbackYears;
		copy.caseNumber = this.caseNumber;
		copy.applicantSub = this.applicantSub;
		copy.filedBySub = this.filedBySub;
		copy.channel = this.channel;
		copy.departmentCode = this.departmentCode;
		copy.regionCode = this.regionCode;
		copy.itemCode = this.itemCode;
		copy.itemVersion = this.itemVersion;
		copy.itemName = this.itemName;
		copy.itemSnapshot = this.itemSnapshot;
		copy.promisedLimitDays = this.promisedLimitDays;
		copy.instantItem = this.instantItem;
		copy.feeFen = this.feeFen;
		copy.formValues = this.formValues;
		copy.status = this.status;
		copy.returnTo = this.returnTo;
		copy.version = this.version;
		copy.slaClock = this.slaClock;
		copy.dueDate = this.dueDate;
		copy.warningFrom = this.warningFrom;
		copy.queueDue = this.queueDue;
		copy.createdAt = this.createdAt;
		copy.submittedAt = this.submittedAt;
		copy.updatedAt = this.updatedAt;
		copy.certificateId = this.certificateId;
		copy.certificateIdentifier = this.certificateIdentifier;
		copy.certificateType = this.certificateType;
		copy.assigneeSub = this.assigneeSub;
		return copy;
	}

}
