/**
 * The working-day clock of a case: starts at acceptance (受理) with the item's promised
 * limit in working days, pauses while waiting on the applicant (补齐补正) or during a special
 * procedure (特别程序), stops at the decision, and tells the due date, the share of time used
 * and whether the case is on track, in the warning zone or overdue.
 *
 * <p>
 * Instants are kept in UTC; days are Asia/Shanghai dates counted on the
 * {@link org.shengshi.cases.calendar.WorkingDayCalendar}. The acceptance day is day 0. A
 * pause from day P to day R excludes the working days in {@code (P, R]}: the pause day
 * itself counts as used, the resume day starts afresh like an acceptance day. While a
 * pause is open it is taken to last until the evaluation day, so the due date moves with
 * every paused working day.
 */
package org.shengshi.cases.sla;
