package org.shengshi.cases.sla;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shengshi.cases.calendar.ChinaTime;
import org.shengshi.cases.calendar.HolidayCalendarLoader;
import org.shengshi.cases.calendar.WorkingDayCalendar;
import org.shengshi.cases.problem.CaseErrorCode;
import org.shengshi.cases.problem.CaseRuleException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SlaClockTest {

	private static final WorkingDayCalendar CALENDAR = HolidayCalendarLoader.builtIn();

	private static final SlaPolicy POLICY = SlaPolicy.DEFAULT;

	@Test
	void readAsStoredReadsAtTheLastEventWhateverTheTimeNow() {
		SlaClock paused = SlaClock.start(at("2026-03-02T10:00"), 5)
			.pause(at("2026-03-03T10:00"), PauseReason.SPECIAL_PROCEDURE);

		SlaStatus stored = paused.readAsStored(CALENDAR, POLICY);

		assertThat(stored.dueDate()).isEqualTo(paused.read(at("2026-03-03T10:00"), CALENDAR, POLICY).dueDate());
		assertThat(stored.dueDate()).isEqualTo(date("2026-03-09"));
		assertThat(paused.read(at("2026-03-05T10:00"), CALENDAR, POLICY).dueDate()).isEqualTo(date("2026-03-11"));
	}

	@Test
	void springFestival2025IsSkippedAndItsAdjustedDaysCount() {
		// Mon 01-20; 21,22,23,24, Sun 26 (worked), 27, [28..02-04 off], 05, 06, 07, Sat
		// 08 (worked)
		SlaClock clock = SlaClock.start(at("2025-01-20T10:00"), 10);
		SlaStatus onFeb5 = clock.read(at("2025-02-05T12:00"), CALENDAR, POLICY);
		assertThat(onFeb5.dueDate()).isEqualTo(date("2025-02-08"));
		assertThat(onFeb5.warningFrom()).isEqualTo(date("2025-02-06"));
		assertThat(onFeb5.usedWorkingDays()).isEqualTo(7);
		assertThat(onFeb5.usedPercent()).isEqualTo(70);
		assertThat(onFeb5.state()).isEqualTo(SlaState.ON_TRACK);
		assertThat(onFeb5.calendarComplete()).isTrue();
		assertThat(clock.read(at("2025-02-06T09:00"), CALENDAR, POLICY).state()).isEqualTo(SlaState.WARNING);
		SlaStatus onDueDay = clock.read(at("2025-02-08T23:59"), CALENDAR, POLICY);
		assertThat(onDueDay.state()).isEqualTo(SlaState.WARNING);
		assertThat(onDueDay.remainingWorkingDays()).isZero();
		SlaStatus sunday = clock.read(at("2025-02-09T08:00"), CALENDAR, POLICY);
		assertThat(sunday.state()).isEqualTo(SlaState.OVERDUE);
		assertThat(sunday.remainingWorkingDays()).isZero();
		SlaStatus monday = clock.read(at("2025-02-10T08:00"), CALENDAR, POLICY);
		assertThat(monday.remainingWorkingDays()).isEqualTo(-1);
		assertThat(monday.usedPercent()).isEqualTo(110);
	}

	@Test
	void supplementPauseSpanningNationalDay2025ShiftsTheDueDateByPausedWorkingDays() {
		// without pause: Mon 09-22 + 5 = Sun 09-28 (worked)
		SlaClock clock = SlaClock.start(at("2025-09-22T09:30"), 5);
		assertThat(clock.read(at("2025-09-22T10:00"), CALENDAR, POLICY).dueDate()).isEqualTo(date("2025-09-28"));
		// paused Thu 09-25, resumed Thu 10-09: 09-26, 09-28, 09-29, 09-30 and 10-09 are
		// not counted
		SlaClock resumed = clock.pause(at("2025-09-25T15:00"), PauseReason.WAITING_ON_APPLICANT)
			.resume(at("2025-10-09T09:00"));
		SlaStatus status = resumed.read(at("2025-10-10T10:00"), CALENDAR, POLICY);
		assertThat(status.pausedWorkingDays()).isEqualTo(5);
		assertThat(status.usedWorkingDays()).isEqualTo(4);
		assertThat(status.dueDate()).isEqualTo(date("2025-10-11"));
		assertThat(status.state()).isEqualTo(SlaState.WARNING);
		assertThat(status.paused()).isFalse();
	}

	@Test
	void anOpenPauseMovesTheDueDateWithEveryPausedWorkingDay() {
		SlaClock paused = SlaClock.start(at("2025-09-22T09:30"), 5)
			.pause(at("2025-09-25T15:00"), PauseReason.SPECIAL_PROCEDURE);
		assertThat(paused.paused()).isTrue();
		SlaStatus onOct9 = paused.read(at("2025-10-09T18:00"), CALENDAR, POLICY);
		assertThat(onOct9.dueDate()).isEqualTo(date("2025-10-11"));
		assertThat(onOct9.paused()).isTrue();
		// still paused on Mon 10-13: 10-10, Sat 10-11 (worked) and 10-13 are paused as
		// well
		SlaStatus onOct13 = paused.read(at("2025-10-13T18:00"), CALENDAR, POLICY);
		assertThat(onOct13.pausedWorkingDays()).isEqualTo(8);
		assertThat(onOct13.usedWorkingDays()).isEqualTo(3);
		assertThat(onOct13.dueDate()).isEqualTo(date("2025-10-15"));
		assertThat(onOct13.state()).isEqualTo(SlaState.ON_TRACK);
	}

	@Test
	void specialProcedureAcrossSpringFestival2026() {
		// Thu 02-12 + 3: Fri 02-13, Sat 02-14 (worked), [02-15..02-23 off], Tue 02-24
		SlaClock clock = SlaClock.start(at("2026-02-12T11:00"), 3);
		assertThat(clock.read(at("2026-02-12T11:00"), CALENDAR, POLICY).dueDate()).isEqualTo(date("2026-02-24"));
		// hearing from Fri 02-13 to Wed 02-25: 02-14, 02-24, 02-25 are not counted
		SlaClock afterHearing = clock.pause(at("2026-02-13T16:00"), PauseReason.SPECIAL_PROCEDURE)
			.resume(at("2026-02-25T10:00"));
		SlaStatus status = afterHearing.read(at("2026-02-25T10:00"), CALENDAR, POLICY);
		assertThat(status.pausedWorkingDays()).isEqualTo(3);
		assertThat(status.dueDate()).isEqualTo(date("2026-02-27"));
		// one more day of limit reaches the adjusted Saturday 02-28
		assertThat(SlaClock.start(at("2026-02-12T11:00"), 4)
			.pause(at("2026-02-13T16:00"), PauseReason.SPECIAL_PROCEDURE)
			.resume(at("2026-02-25T10:00"))
			.read(at("2026-02-25T10:00"), CALENDAR, POLICY)
			.dueDate()).isEqualTo(date("2026-02-28"));
	}

	@Test
	void nationalDay2026WithMidAutumnBeforeIt() {
		// Fri 09-18 + 10: Sun 09-20 (worked), 21..24, [25..27 中秋], 28, 29, 30,
		// [10-01..07], 10-08, 10-09
		SlaStatus status = SlaClock.start(at("2026-09-18T14:00"), 10).read(at("2026-10-08T09:00"), CALENDAR, POLICY);
		assertThat(status.dueDate()).isEqualTo(date("2026-10-09"));
		assertThat(status.usedWorkingDays()).isEqualTo(9);
		assertThat(status.state()).isEqualTo(SlaState.WARNING);
		assertThat(SlaClock.start(at("2026-09-18T14:00"), 11).read(at("2026-09-18T14:00"), CALENDAR, POLICY).dueDate())
			.isEqualTo(date("2026-10-10"));
	}

	@Test
	void acceptanceDayIsTheShanghaiDateNotTheUtcDate() {
		// 2025-01-26T16:30Z is Monday 2025-01-27 00:30 in Shanghai
		SlaStatus status = SlaClock.start(Instant.parse("2025-01-26T16:30:00Z"), 1)
			.read(Instant.parse("2025-01-26T17:00:00Z"), CALENDAR, POLICY);
		assertThat(status.acceptedOn()).isEqualTo(date("2025-01-27"));
		assertThat(status.dueDate()).isEqualTo(date("2025-02-05"));
	}

	@Test
	void pauseAndResumeOnTheSameDayCostNothing() {
		SlaStatus status = SlaClock.start(at("2025-03-03T09:00"), 5)
			.pause(at("2025-03-04T09:00"), PauseReason.WAITING_ON_APPLICANT)
			.resume(at("2025-03-04T17:00"))
			.read(at("2025-03-05T09:00"), CALENDAR, POLICY);
		assertThat(status.pausedWorkingDays()).isZero();
		assertThat(status.dueDate()).isEqualTo(date("2025-03-10"));
	}

	@Test
	void missingYearFallsBackToMondayToFridayAndRecomputesWhenTheNoticeArrives(@TempDir Path dir) throws IOException {
		SlaClock clock = SlaClock.start(at("2026-12-28T10:00"), 5);
		SlaStatus fallback = clock.read(at("2026-12-29T10:00"), CALENDAR, POLICY);
		// 29, 30, 31, Fri 2027-01-01 counted as a working day for want of a notice, Mon
		// 01-04
		assertThat(fallback.dueDate()).isEqualTo(date("2027-01-04"));
		assertThat(fallback.calendarComplete()).isFalse();
		assertThat(fallback.fallbackYears()).containsExactly(2027);
		// an operator adds a 2027 notice (invented test data: 01-01..01-03 off)
		Path file = Files.writeString(dir.resolve("2027.json"), """
				{"notices": [{"year": 2027, "title": "test", "issuedOn": "2026-11-01", "source": "test data",
				  "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}], "adjustedWorkingDays": []}]}
				""");
		SlaStatus recomputed = clock.read(at("2026-12-29T10:00"), HolidayCalendarLoader.load(file), POLICY);
		assertThat(recomputed.dueDate()).isEqualTo(date("2027-01-05"));
		assertThat(recomputed.calendarComplete()).isTrue();
	}

	@Test
	void stoppedClockKeepsItsReadingAndReportsALateDecision() {
		SlaClock clock = SlaClock.start(at("2025-03-03T09:00"), 2);
		SlaClock onTime = clock.stop(at("2025-03-05T16:00"));
		SlaStatus later = onTime.read(at("2025-06-01T09:00"), CALENDAR, POLICY);
		assertThat(later.stopped()).isTrue();
		assertThat(later.usedWorkingDays()).isEqualTo(2);
		assertThat(later.state()).isEqualTo(SlaState.WARNING);
		SlaStatus late = clock.stop(at("2025-03-06T09:00")).read(at("2025-06-01T09:00"), CALENDAR, POLICY);
		assertThat(late.state()).isEqualTo(SlaState.OVERDUE);
		assertThat(late.remainingWorkingDays()).isEqualTo(-1);
	}

	@Test
	void stoppingWhilePausedClosesThePause() {
		SlaClock clock = SlaClock.start(at("2025-03-03T09:00"), 5)
			.pause(at("2025-03-04T09:00"), PauseReason.WAITING_ON_APPLICANT)
			.stop(at("2025-03-07T09:00"));
		assertThat(clock.paused()).isFalse();
		assertThat(clock.pauses().get(0).until()).isEqualTo(at("2025-03-07T09:00"));
		SlaStatus status = clock.read(at("2025-04-01T09:00"), CALENDAR, POLICY);
		assertThat(status.pausedWorkingDays()).isEqualTo(3);
		assertThat(status.usedWorkingDays()).isEqualTo(1);
	}

	@Test
	void instantItemWithLimitZeroIsDueOnTheDayOfAcceptance() {
		SlaClock clock = SlaClock.start(at("2025-03-03T09:00"), 0);
		SlaStatus sameDay = clock.read(at("2025-03-03T18:00"), CALENDAR, POLICY);
		assertThat(sameDay.dueDate()).isEqualTo(date("2025-03-03"));
		assertThat(sameDay.state()).isEqualTo(SlaState.WARNING);
		assertThat(sameDay.usedPercent()).isEqualTo(100);
		assertThat(clock.read(at("2025-03-04T09:00"), CALENDAR, POLICY).state()).isEqualTo(SlaState.OVERDUE);
	}

	@Test
	void warningShareIsConfigurable() {
		SlaClock clock = SlaClock.start(at("2025-03-03T09:00"), 10);
		assertThat(clock.read(at("2025-03-03T09:00"), CALENDAR, new SlaPolicy(50)).warningFrom())
			.isEqualTo(date("2025-03-10"));
		assertThat(clock.read(at("2025-03-03T09:00"), CALENDAR, new SlaPolicy(80)).warningFrom())
			.isEqualTo(date("2025-03-13"));
		assertThat(clock.read(at("2025-03-10T09:00"), CALENDAR, new SlaPolicy(50)).state()).isEqualTo(SlaState.WARNING);
		assertThat(clock.read(at("2025-03-10T09:00"), CALENDAR, new SlaPolicy(80)).state())
			.isEqualTo(SlaState.ON_TRACK);
		assertThatIllegalArgumentException().isThrownBy(() -> new SlaPolicy(0));
		assertThatIllegalArgumentException().isThrownBy(() -> new SlaPolicy(101));
	}

	@Test
	void refusesOperationsTheClockIsNotReadyFor() {
		SlaClock running = SlaClock.start(at("2025-03-03T09:00"), 5);
		SlaClock paused = running.pause(at("2025-03-04T09:00"), PauseReason.WAITING_ON_APPLICANT);
		assertClockRefuses(() -> paused.pause(at("2025-03-05T09:00"), PauseReason.SPECIAL_PROCEDURE));
		assertClockRefuses(() -> running.resume(at("2025-03-05T09:00")));
		assertClockRefuses(() -> running.pause(at("2025-03-02T09:00"), PauseReason.WAITING_ON_APPLICANT));
		assertClockRefuses(() -> paused.resume(at("2025-03-04T08:00")));
		SlaClock stopped = running.stop(at("2025-03-05T09:00"));
		assertClockRefuses(() -> stopped.pause(at("2025-03-06T09:00"), PauseReason.WAITING_ON_APPLICANT));
		assertClockRefuses(() -> stopped.stop(at("2025-03-06T09:00")));
		assertThatIllegalArgumentException().isThrownBy(() -> paused.read(at("2025-03-03T10:00"), CALENDAR, POLICY));
	}

	@Test
	void refusesLimitsOutsideZeroTo365() {
		assertThatExceptionOfType(CaseRuleException.class).isThrownBy(() -> SlaClock.start(at("2025-03-03T09:00"), -1))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(CaseErrorCode.SLA_LIMIT_INVALID));
		assertThatExceptionOfType(CaseRuleException.class).isThrownBy(() -> SlaClock.start(at("2025-03-03T09:00"), 366))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(CaseErrorCode.SLA_LIMIT_INVALID));
	}

	private static void assertClockRefuses(Runnable operation) {
		assertThatExceptionOfType(CaseRuleException.class).isThrownBy(operation::run)
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo(CaseErrorCode.SLA_CLOCK_STATE_INVALID));
	}

	static Instant at(String shanghaiLocal) {
		return LocalDateTime.parse(shanghaiLocal).atZone(ChinaTime.ZONE).toInstant();
	}

	static LocalDate date(String text) {
		return LocalDate.parse(text);
	}

}
