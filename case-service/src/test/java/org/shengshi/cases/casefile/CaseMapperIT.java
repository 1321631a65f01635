package org.shengshi.cases.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.shengshi.cases.CaseServiceSupport;
import org.shengshi.platform.pii.PiiCipher;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Every {@link CaseMapper} method against real MariaDB. */
class CaseMapperIT extends CaseServiceSupport {

	private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	@Autowired
	private CaseMapper cases;

	@Autowired
	private PiiCipher cipher;

	@Autowired
	private TransactionTemplate tx;

	@Test
	void insertAndFindRoundTripEveryColumn() {
		CaseRow row = row("ACCEPTED", "dept-rt", LocalDate.of(2026, 3, 9));
		row.caseNumber = "440100-20260302-7" + String.format("%05d", Math.floorMod(row.id.hashCode(), 100000));
		row.kind = "COMPLAINT";
		row.relatedCaseId = UUID.randomUUID().toString();
		this.cases.insert(row);

		CaseRow found = this.cases.findById(row.id);

		assertThat(found).usingRecursiveComparison().isEqualTo(row);
		assertThat(this.cipher.open(found.formValues, Filing.FORM_VALUES_AD)).isEqualTo("{\"address\":\"x\"}");
		assertThat(this.cases.findById(UUID.randomUUID().toString())).isNull();
	}

	@Test
	void listByApplicantPagesByIdDescending() {
		String applicant = newSubject();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			CaseRow row = row("SUBMITTED", "dept-la", null);
			row.applicantSub = applicant;
			this.cases.insert(row);
			ids.add(row.id);
		}
		this.cases.insert(row("SUBMITTED", "dept-la", null));

		assertThat(this.cases.listByApplicant(applicant, null, 2)).extracting((r) -> r.id)
			.containsExactly(ids.get(2), ids.get(1));
		assertThat(this.cases.listByApplicant(applicant, ids.get(1), 10)).extracting((r) -> r.id)
			.containsExactly(ids.get(0));
	}

	@Test
	void listQueueOrdersByDueDateSkipsDraftsAndOtherDepartments() {
		CaseRow late = insert(row("ACCEPTED", "dept-q", LocalDate.of(2026, 4, 1)));
		CaseRow early = insert(row("UNDER_REVIEW", "dept-q", LocalDate.of(2026, 3, 10)));
		CaseRow fresh = insert(row("SUBMITTED", "dept-q", null));
		insert(row("DRAFT", "dept-q", null));
		insert(row("ACCEPTED", "dept-other", LocalDate.of(2026, 3, 1)));

		assertThat(this.cases.listQueue("dept-q", null, null, null, null, null, 10)).extracting((r) -> r.id)
			.containsExactly(early.id, late.id, fresh.id);
		assertThat(this.cases.listQueue("dept-q", "ACCEPTED", null, null, null, null, 10)).extracting((r) -> r.id)
			.containsExactly(late.id);
		assertThat(this.cases.listQueue("dept-q", null, null, null, early.queueDue, early.id, 10))
			.extracting((r) -> r.id)
			.containsExactly(late.id, fresh.id);
	}

	@Test
	void listQueueFiltersByKind() {
		CaseRow application = insert(row("ACCEPTED", "dept-k", LocalDate.of(2026, 4, 1)));
		CaseRow consultation = row("ACCEPTED", "dept-k", LocalDate.of(2026, 3, 9));
		consultation.kind = "CONSULTATION";
		insert(consultation);

		assertThat(this.cases.listQueue("dept-k", null, "CONSULTATION", null, null, null, 10)).extracting((r) -> r.id)
			.containsExactly(consultation.id);
		assertThat(this.cases.listQueue("dept-k", null, "APPLICATION", null, null, null, 10)).extracting((r) -> r.id)
			.containsExactly(application.id);
		assertThat(this.cases.listQueue("dept-k", null, null, null, null, null, 10)).hasSize(2);
	}

	@Test
	void dueSoonAndOverdueListOnlyRunningCasesOfTheDepartment() {
		LocalDate today = LocalDate.of(2026, 3, 10);
		CaseRow soon = row("ACCEPTED", "dept-d", today.plusDays(2));
		soon.warningFrom = today.minusDays(1);
		CaseRow notYet = row("UNDER_REVIEW", "dept-d", today.plusDays(9));
		notYet.warningFrom = today.plusDays(7);
		CaseRow overdue = row("UNDER_REVIEW", "dept-d", today.minusDays(1));
		overdue.warningFrom = today.minusDays(3);
		CaseRow paused = row("SUSPENDED", "dept-d", today.minusDays(1));
		paused.returnTo = "UNDER_REVIEW";
		paused.warningFrom = today.minusDays(3);
		List.of(soon, notYet, overdue, paused).forEach(this::insert);

		assertThat(this.cases.listDueSoon("dept-d", today, 10)).extracting((r) -> r.id).containsExactly(soon.id);
		assertThat(this.cases.listOverdue("dept-d", today, 10)).extracting((r) -> r.id).containsExactly(overdue.id);
		assertThat(this.cases.listOverdue("dept-x", today, 10)).isEmpty();
	}

	@Test
	void transitionNeedsTheSameStatusAndVersion() {
		CaseRow row = insert(row("SUBMITTED", "dept-t", null));
		CaseRow next = row.copy();
		next.status = "ACCEPTED";
		next.dueDate = LocalDate.of(2026, 3, 9);
		next.queueDue = next.dueDate;
		next.caseNumber = "440100-20260302-9" + Math.abs(row.id.hashCode() % 100000);

		assertThat(this.cases.transition(row.id, "SUBMITTED", 1, next)).isZero();
		assertThat(this.cases.transition(row.id, "DRAFT", 0, next)).isZero();
		assertThat(this.cases.transition(row.id, "SUBMITTED", 0, next)).isOne();
		assertThat(this.cases.transition(row.id, "SUBMITTED", 0, next)).isZero();
		CaseRow found = this.cases.findById(row.id);
		assertThat(found.status).isEqualTo("ACCEPTED");
		assertThat(found.version).isOne();
		assertThat(found.dueDate).isEqualTo(next.dueDate);
	}

	@Test
	void updateDraftFormOnlyChangesADraftOfTheSameVersion() {
		CaseRow draft = insert(row("DRAFT", "dept-u", null));
		CaseRow submitted = insert(row("SUBMITTED", "dept-u", null));

		assertThat(this.cases.updateDraftForm(draft.id, 0, this.cipher.seal("{}", Filing.FORM_VALUES_AD), NOW)).isOne();
		assertThat(this.cases.updateDraftForm(draft.id, 0, this.cipher.seal("{}", Filing.FORM_VALUES_AD), NOW))
			.isZero();
		assertThat(this.cases.updateDraftForm(submitted.id, 0, this.cipher.seal("{}", Filing.FORM_VALUES_AD), NOW))
			.isZero();
		assertThat(this.cipher.open(this.cases.findById(draft.id).formValues, Filing.FORM_VALUES_AD)).isEqualTo("{}");
	}

	@Test
	void listRecomputableFindsOpenClockedCasesCountedWithoutANoticeOrNotRecorded() {
		CaseRow fallback = row("ACCEPTED", "dept-r", LocalDate.of(2027, 1, 4));
		fallback.calendarFallbackYears = "2027";
		CaseRow legacy = row("SUSPENDED", "dept-r", LocalDate.of(2027, 1, 4));
		legacy.returnTo = "ACCEPTED";
		CaseRow complete = row("ACCEPTED", "dept-r", LocalDate.of(2026, 3, 9));
		complete.calendarFallbackYears = "";
		CaseRow decided = row("APPROVED", "dept-r", LocalDate.of(2027, 1, 4));
		decided.calendarFallbackYears = "2027";
		List.of(fallback, legacy, complete, decided).forEach(this::insert);

		List<String> found = this.cases.listRecomputable("", 100_000).stream().map((r) -> r.id).toList();

		assertThat(found).contains(fallback.id, legacy.id).doesNotContain(complete.id, decided.id);
		assertThat(this.cases.listRecomputable(fallback.id, 100_000)).extracting((r) -> r.id)
			.doesNotContain(fallback.id);
	}

	@Test
	void updateDueDatesStoresTheDatesOnlyAtTheSameVersionAndKeepsTheVersion() {
		CaseRow row = insert(row("ACCEPTED", "dept-u", LocalDate.of(2027, 1, 4)));
		LocalDate due = LocalDate.of(2027, 1, 5);

		assertThat(this.cases.updateDueDates(row.id, 1, due, due.minusDays(1), "")).isZero();
		assertThat(this.cases.updateDueDates(row.id, 0, due, due.minusDays(1), "")).isOne();

		CaseRow found = this.cases.findById(row.id);
		assertThat(List.of(found.dueDate, found.queueDue, found.warningFrom)).containsExactly(due, due,
				due.minusDays(1));
		assertThat(found.calendarFallbackYears).isEmpty();
		assertThat(found.version).isZero();
	}

	private CaseRow insert(CaseRow row) {
		this.cases.insert(row);
		return row;
	}

	private CaseRow row(String status, String department, LocalDate due) {
		CaseRow row = new CaseRow();
		row.id = CaseIds.at(Instant.now());
		row.applicantSub = newSubject();
		row.filedBySub = row.applicantSub;
		row.channel = "ONLINE";
		row.departmentCode = department;
		row.regionCode = "440100";
		row.itemCode = "I-1";
		row.itemVersion = 1;
		row.itemName = "居住证申领";
		row.itemSnapshot = "{}";
		row.promisedLimitDays = 5;
		row.feeFen = 0;
		row.formValues = this.cipher.seal("{\"address\":\"x\"}", Filing.FORM_VALUES_AD);
		row.status = status;
		row.version = 0;
		row.slaClock = (due != null) ? "{}" : null;
		row.dueDate = due;
		row.queueDue = (due != null) ? due : CaseTransitions.NO_DUE_DATE;
		row.createdAt = NOW;
		row.updatedAt = NOW;
		return row;
	}

}
