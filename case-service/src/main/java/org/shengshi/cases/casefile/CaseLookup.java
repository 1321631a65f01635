package org.shengshi.cases.casefile;

import org.shengshi.cases.lifecycle.CaseStatus;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.stereotype.Component;

/** Finds a case for its applicant on behalf of other features (others: 404). */
@Component
public class CaseLookup {

	private final CaseAccess access;

	CaseLookup(CaseAccess access) {
		this.access = access;
	}

	public CaseFacts forApplicant(String caseId, CurrentUser user) {
		CaseRow row = this.access.forApplicant(caseId, user);
		return new CaseFacts(row.id, row.applicantSub, row.departmentCode, row.itemCode,
				CaseStatus.valueOf(row.status));
	}

}
