package org.shengshi.cases.casefile;

import org.shengshi.cases.lifecycle.ActorRole;
import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * Finds a case for a caller: a resident sees only cases filed for them, an officer only
 * the cases of their own department. Anything else is "not found", never "forbidden", so
 * ids of other people's cases reveal nothing.
 */
@Component
class CaseAccess {

	static final String RESIDENT = "resident";

	static final String OFFICER = "case_officer";

	static final String DEPT_ADMIN = "dept_admin";

	private final CaseMapper cases;

	CaseAccess(CaseMapper cases) {
		this.cases = cases;
	}

	CaseRow forApplicant(String id, CurrentUser user) {
		CaseRow row = find(id);
		if (!user.hasRole(RESIDENT) || !applicantOrDelegate(row, user.subject())) {
			throw notFound();
		}
		return row;
	}

	CaseRow forOfficer(String id, CurrentUser user) {
		CaseRow row = find(id);
		if (!user.hasRole(OFFICER) || !row.departmentCode.equals(user.department())) {
			throw notFound();
		}
		return row;
	}

	/** A case of the caller's department, for its officers and its administrator. */
	CaseRow forDepartmentStaff(String id, CurrentUser user) {
		CaseRow row = find(id);
		if (!(user.hasRole(OFFICER) || user.hasRole(DEPT_ADMIN)) || !row.departmentCode.equals(user.department())) {
			throw notFound();
		}
		return row;
	}

	/**
	 * The case with the role the caller acts in: officer of its department, or its
	 * applicant.
	 */
	Acting forActor(String id, CurrentUser user) {
		CaseRow row = find(id);
		if (user.hasRole(OFFICER) && row.departmentCode.equals(user.department())) {
			return new Acting(row, new Actor(user.subject(), ActorRole.OFFICER));
		}
		if (user.hasRole(RESIDENT) && applicantOrDelegate(row, user.subject())) {
			return new Acting(row, new Actor(user.subject(), ActorRole.APPLICANT));
		}
		throw notFound();
	}

	/**
	 * The applicant, or the delegate who filed the case for them: both see and act on it
	 * as the applicant side.
	 */
	static boolean applicantOrDelegate(CaseRow row, String subject) {
		return row.applicantSub.equals(subject)
				|| (Filing.DELEGATED.equals(row.channel) && row.filedBySub.equals(subject));
	}

	private CaseRow find(String id) {
		CaseRow row = (id != null && id.length() == 36) ? this.cases.findById(id) : null;
		if (row == null) {
			throw notFound();
		}
		return row;
	}

	static CaseRuleException notFound() {
		return new CaseRuleException(CaseErrorCode.CASE_NOT_FOUND, "no such case");
	}

	record Acting(CaseRow row, Actor actor) {
	}

}
