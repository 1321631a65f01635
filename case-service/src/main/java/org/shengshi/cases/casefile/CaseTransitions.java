package org.shengshi.cases.casefile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.shengshi.cases.calendar.WorkingDayCalendar;
import org.shengshi.cases.catalog.ItemSnapshot;
import org.shengshi.cases.lifecycle.ActionInput;
import org.shengshi.cases.lifecycle.ActorRole;
import org.shengshi.cases.lifecycle.CaseAction;
import org.shengshi.cases.lifecycle.CaseLifecycle;
import org.shengshi.cases.lifecycle.CaseStatus;
import org.shengshi.cases.lifecycle.TransitionOutcome;
import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;
import org.shengshi.cases.sla.PauseReason;
import org.shengshi.cases.sla.SlaClock;
import org.shengshi.cases.sla.SlaPolicy;
import org.shengshi.cases.sla.SlaStatus;
import org.shengshi.platform.events.EventPublisher;
import org.shengshi.platform.pii.PiiCipher;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one lifecycle action to a stored case: checks it with {@link CaseLifecycle},
 * moves the working-day clock, updates the row only if nobody changed it meanwhile
 * ({@code WHERE id=? AND status=? AND version=?}), appends the timeline entry and
 * publishes the {@code case.*} event in the same transaction.
 */
@Service
class CaseTransitions {

	static final LocalDate NO_DUE_DATE = LocalDate.of(9999, 12, 31);

	/** Timeline role of a delegate acting for the applicant (代办人). */
	static final String DELEGATE_ROLE = "DELEGATE";

	static final String DELEGATE_NOTE = "（由代办人代为办理）";

	private final CaseMapper cases;

	private final TimelineMapper timeline;

	private final EventPublisher events;

	private final CaseNumbers numbers;

	private final WorkingDayCalendar calendar;

	private final SlaPolicy policy;

	private final JsonMapper json;

	private final PiiCipher cipher;

	private final Clock clock;

	CaseTransitions(CaseMapper cases, TimelineMapper timeline, EventPublisher events, CaseNumbers numbers,
			WorkingDayCalendar calendar, SlaPolicy policy, JsonMapper json, PiiCipher cipher, Clock clock) {
		this.cipher = cipher;
		this.cases = cases;
		this.timeline = timeline;
		this.events = events;
		this.numbers = numbers;
		this.calendar = calendar;
		this.policy = policy;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Applies the action, then what follows from it by itself: an approved case with a
	 * fee waits for payment, a paid case is completed.
	 * @return the case after all transitions
	 */
	@Transactional
	CaseRow apply(CaseRow current, int expectedVersion, CaseAction action, Actor actor, ActionInput input) {
		if (current.version != expectedVersion) {
			throw concurrent();
		}
		CaseRow next = applyOne(current, action, actor, input);
		if (action == CaseAction.APPROVE && next.feeFen > 0) {
			next = applyOne(next, CaseAction.REQUEST_PAYMENT, Actor.SYSTEM, ActionInput.none());
		}
		if (action == CaseAction.CONFIRM_PAYMENT) {
			next = applyOne(next, CaseAction.COMPLETE, Actor.SYSTEM, ActionInput.none());
		}
		return next;
	}

	private CaseRow applyOne(CaseRow current, CaseAction action, Actor actor, ActionInput input) {
		TransitionOutcome outcome = CaseLifecycle.apply(current.caseKind(), current.state(), action, actor.role(),
				input);
		if (action == CaseAction.REQUEST_SUPPLEMENT) {
			snapshotOf(current).materialGuide().supplementRequest(input.materialCodes());
		}
		Instant now = this.clock.instant();
		CaseRow next = current.copy();
		next.status = outcome.to().status().name();
		next.returnTo = (outcome.to().returnTo() != null) ? outcome.to().returnTo().name() : null;
		next.updatedAt = now;
		if (action == CaseAction.SUBMIT) {
			next.submittedAt = now;
			next.caseNumber = this.numbers.issue(current.regionCode, now).toString();
		}
		moveClock(next, outcome, now);
		if (this.cases.transition(current.id, current.status, current.version, next) != 1) {
			throw concurrent();
		}
		next.version = current.version + 1;
		record(next, outcome, actor, now);
		return next;
	}

	private void moveClock(CaseRow next, TransitionOutcome outcome, Instant now) {
		SlaClock sla = (next.slaClock != null) ? this.json.readValue(next.slaClock, SlaClock.class) : null;
		sla = switch (outcome.clock()) {
			case NONE -> sla;
			case START -> SlaClock.start(now, next.promisedLimitDays);
			case PAUSE_WAITING_ON_APPLICANT -> (sla != null) ? sla.pause(now, PauseReason.WAITING_ON_APPLICANT) : null;
			case PAUSE_SPECIAL_PROCEDURE -> (sla != null) ? sla.pause(now, PauseReason.SPECIAL_PROCEDURE) : null;
			case RESUME -> (sla != null) ? sla.resume(now) : null;
			case STOP -> (sla != null && !sla.stopped()) ? sla.stop(now) : sla;
		};
		if (sla == null) {
			return;
		}
		SlaStatus status = sla.read(now, this.calendar, this.policy);
		next.slaClock = this.json.writeValueAsString(sla);
		next.dueDate = status.dueDate();
		next.warningFrom = status.warningFrom();
		next.queueDue = status.dueDate();
		next.calendarFallbackYears = DueDateRecompute.text(status.fallbackYears());
	}

	private void record(CaseRow next, TransitionOutcome outcome, Actor actor, Instant now) {
		String from = outcome.from().status().name();
		boolean delegate = actor.role() == ActorRole.APPLICANT && !actor.subject().equals(next.applicantSub);
		this.timeline.insert(new TimelineEntry(CaseIds.at(now), next.id, outcome.action().name(), from, next.status,
				actor.subject(), delegate ? DELEGATE_ROLE : actor.role().name(), outcome.input().reason(),
				delegate ? outcome.label() + DELEGATE_NOTE : outcome.label(), now));
		String type = CaseEventTypes.of(next.caseKind(), outcome.action());
		if (next.caseKind().inquiry()) {
			this.events.publish(type, next.id,
					new InquiryEvent(next.id, next.caseNumber, next.kind, next.departmentCode, next.applicantSub,
							next.relatedCaseId, outcome.action().name(), from, next.status, next.dueDate, now));
			return;
		}
		if (CaseStatus.valueOf(next.status) == CaseStatus.COMPLETED) {
			String certificateType = snapshotOf(next).producesCertificateType();
			String fields = (certificateType != null) ? this.cipher
				.encrypt(this.cipher.open(next.formValues, Filing.FORM_VALUES_AD), CaseCompletedEvent.FIELDS_AD) : null;
			this.events.publish(type, next.id,
					new CaseCompletedEvent(next.id, next.caseNumber, next.itemCode, next.itemVersion,
							next.departmentCode, next.applicantSub, outcome.action().name(), from, next.status,
							next.feeFen, now, certificateType, next.applicantSub, fields));
			return;
		}
		this.events.publish(type, next.id, new CaseEvent(next.id, next.caseNumber, next.itemCode, next.itemVersion,
				next.departmentCode, next.applicantSub, outcome.action().name(), from, next.status, next.feeFen, now));
	}

	ItemSnapshot snapshotOf(CaseRow row) {
		return this.json.readValue(row.itemSnapshot, ItemSnapshot.class);
	}

	static CaseRuleException concurrent() {
		return new CaseRuleException(CaseErrorCode.CASE_CONCURRENT_UPDATE,
				"the case was changed meanwhile; reload it and retry");
	}

	static boolean running(CaseStatus status) {
		return status == CaseStatus.ACCEPTED || status == CaseStatus.UNDER_REVIEW;
	}

}
