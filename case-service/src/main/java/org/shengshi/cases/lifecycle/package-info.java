/**
 * The case lifecycle as an explicit transition table (status × action → status, who may
 * act, the plain-Chinese timeline label), and which transitions start, pause, resume or
 * stop the working-day clock.
 *
 * <p>
 * {@link CaseLifecycle#apply} is the only way to move a case: it refuses an action the
 * table does not list for the status ({@code CASE_TRANSITION_NOT_ALLOWED}), a role the
 * row does not name ({@code CASE_ACTION_FORBIDDEN}) and missing reasons, material lists,
 * procedures or unmet instant rules. The service layer persists the outcome with a
 * conditional update on the previous status.
 */
package org.shengshi.cases.lifecycle;
