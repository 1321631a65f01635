package org.shengshi.cases.casefile;

import java.time.Clock;

import org.shengshi.cases.lifecycle.CaseStatus;
import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works on a case: an officer claims an unclaimed case of their department, or the
 * department assigns it. Both are {@code UPDATE … WHERE id=? AND version=?} (a claim also
 * {@code AND assignee_sub IS NULL}), so of two officers claiming at once exactly one wins
 * and the other gets a 409.
 */
@Service
class CaseAssignments {

	private final CaseMapper cases;

	private final Clock clock;

	CaseAssignments(CaseMapper cases, Clock clock) {
		this.cases = cases;
		this.clock = clock;
	}

	@Transactional
	CaseRow claim(CaseRow row, int expectedVersion, String officerSub) {
		requireOpen(row);
		if (officerSub.equals(row.assigneeSub)) {
			return row;
		}
		if (row.assigneeSub != null) {
			throw claimed();
		}
		if (this.cases.assign(row.id, row.departmentCode, expectedVersion, officerSub, true,
				this.clock.instant()) != 1) {
			CaseRow now = this.cases.findById(row.id);
			throw (now.assigneeSub != null && !now.assigneeSub.equals(officerSub)) ? claimed()
					: CaseTransitions.concurrent();
		}
		return this.cases.findById(row.id);
	}

	@Transactional
	CaseRow assign(CaseRow row, int expectedVersion, String assigneeSub) {
		requireOpen(row);
		if (this.cases.assign(row.id, row.departmentCode, expectedVersion, assigneeSub, false,
				this.clock.instant()) != 1) {
			throw CaseTransitions.concurrent();
		}
		return this.cases.findById(row.id);
	}

	private static void requireOpen(CaseRow row) {
		CaseStatus status = CaseStatus.valueOf(row.status);
		if (status == CaseStatus.DRAFT || status.isFinal()) {
			throw new CaseRuleException(CaseErrorCode.CASE_TRANSITION_NOT_ALLOWED,
					"only a filed, open case can be claimed or assigned");
		}
	}

	private static CaseRuleException claimed() {
		return new CaseRuleException(CaseErrorCode.CASE_ALREADY_CLAIMED, "another officer has claimed the case");
	}

}
