package org.shengshi.cases.casefile;

import java.util.List;

import org.shengshi.cases.lifecycle.CaseKind;
import org.shengshi.cases.lifecycle.CaseStatus;
import org.shengshi.platform.security.CurrentUser;

import org.springframework.stereotype.Service;

/**
 * Lists for residents (own cases) and officers (own department's queue),
 * keyset-paginated.
 */
@Service
class CaseQueries {

	private final CaseMapper cases;

	private final TimelineMapper timeline;

	private final CaseAccess access;

	CaseQueries(CaseMapper cases, TimelineMapper timeline, CaseAccess access) {
		this.cases = cases;
		this.timeline = timeline;
		this.access = access;
	}

	CasePage<CaseSummary> ownCases(CurrentUser resident, String cursor, int limit) {
		CaseCursor after = CaseCursor.decode(cursor, false);
		List<CaseRow> rows = this.cases.listByApplicant(resident.subject(), (after != null) ? after.id() : null,
				limit + 1);
		return page(rows, limit, false);
	}

	CasePage<CaseSummary> queue(CurrentUser officer, CaseStatus status, CaseKind kind, boolean mine, String cursor,
			int limit) {
		CaseCursor after = CaseCursor.decode(cursor, true);
		List<CaseRow> rows = this.cases.listQueue(officer.requireDepartment(), (status != null) ? status.name() : null,
				(kind != null) ? kind.name() : null, mine ? officer.subject() : null,
				(after != null) ? after.due() : null, (after != null) ? after.id() : null, limit + 1);
		return page(rows, limit, true);
	}

	List<TimelineView> timeline(String caseId, CurrentUser resident) {
		CaseRow row = this.access.forApplicant(caseId, resident);
		return this.timeline.listByCase(row.id).stream().map(TimelineView::of).toList();
	}

	private static CasePage<CaseSummary> page(List<CaseRow> rows, int limit, boolean withDue) {
		List<CaseRow> shown = rows.subList(0, Math.min(limit, rows.size()));
		String next = null;
		if (rows.size() > limit) {
			CaseRow last = shown.get(shown.size() - 1);
			next = new CaseCursor(withDue ? last.queueDue : null, last.id).encode();
		}
		return new CasePage<>(shown.stream().map(CaseSummary::of).toList(), next);
	}

}
