package org.shengshi.cases.casefile;

import java.time.LocalDate;
import java.util.SortedSet;

import org.shengshi.cases.sla.SlaStatus;

/**
 * A case in a due-soon or overdue list, with its clock read now.
 *
 * @param caseSummary the case
 * @param dueDate due date (Asia/Shanghai)
 * @param warningFrom first day it shows as due soon
 * @param slaState {@code ON_TRACK}, {@code WARNING}, {@code OVERDUE}
 * @param slaLabel the state in plain Chinese
 * @param usedWorkingDays working days used
 * @param remainingWorkingDays working days left; negative when overdue
 * @param pausedWorkingDays working days not counted while paused
 * @param calendarFallbackYears years counted Monday to Friday because their holiday
 * notice is missing; the due date is recomputed when it arrives
 * @param calendarNotice a plain-Chinese note when the calendar fell back, else absent
 */
record DueCase(CaseSummary caseSummary, LocalDate dueDate, LocalDate warningFrom, String slaState, String slaLabel,
		int usedWorkingDays, int remainingWorkingDays, int pausedWorkingDays, SortedSet<Integer> calendarFallbackYears,
		String calendarNotice) {

	static DueCase of(CaseRow row, SlaStatus sla) {
		String notice = sla.calendarComplete() ? null : sla.fallbackYears() + "年国务院节假日安排尚未收录，暂按周一至周五计算，发布后将重新计算期限";
		return new DueCase(CaseSummary.of(row), sla.dueDate(), sla.warningFrom(), sla.state().name(),
				sla.state().label(), sla.usedWorkingDays(), sla.remainingWorkingDays(), sla.pausedWorkingDays(),
				sla.fallbackYears(), notice);
	}

}
