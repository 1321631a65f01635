package org.shengshi.cases.rating;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shengshi.cases.CaseServiceSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Every {@link RatingMapper} method against real MariaDB. */
class RatingMapperIT extends CaseServiceSupport {

	private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	@Autowired
	private RatingMapper ratings;

	@Test
	void evaluationsAreStoredOncePerCase() {
		String caseId = UUID.randomUUID().toString();
		assertThat(this.ratings.evaluationExists(caseId)).isFalse();
		this.ratings.insertEvaluation(evaluation(caseId, "dept-m1", "I-1", 4));

		assertThat(this.ratings.evaluationExists(caseId)).isTrue();
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.ratings.insertEvaluation(evaluation(caseId, "dept-m1", "I-1", 1)));
	}

	@Test
	void statsAreGroupedByDepartmentAndItem() {
		this.ratings.insertEvaluation(evaluation(UUID.randomUUID().toString(), "dept-m2", "I-A", 1));
		this.ratings.insertEvaluation(evaluation(UUID.randomUUID().toString(), "dept-m2", "I-A", 4));
		this.ratings.insertEvaluation(evaluation(UUID.randomUUID().toString(), "dept-m2", "I-B", 5));
		this.ratings.insertEvaluation(evaluation(UUID.randomUUID().toString(), "dept-other", "I-A", 1));

		assertThat(this.ratings.departmentStats("dept-m2")).isEqualTo(new RatingStats("dept-m2", 3, 333, 1));
		assertThat(this.ratings.itemStats("dept-m2")).containsExactly(new RatingStats("I-A", 2, 250, 1),
				new RatingStats("I-B", 1, 500, 0));
		assertThat(this.ratings.departmentStats("dept-none")).isEqualTo(new RatingStats("dept-none", 0, 0, 0));
	}

	@Test
	void ticketsAreListedFoundAndAnsweredOnceWithinTheirDepartment() {
		TicketRow ticket = new TicketRow(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "dept-m3", "I-1",
				LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 23), "OVERALL", "", "OPEN", null, null, null);
		this.ratings.insertTicket(ticket);

		assertThat(this.ratings.listTickets("dept-m3", "OPEN")).containsExactly(ticket);
		assertThat(this.ratings.listTickets("dept-other", null)).doesNotContain(ticket);
		assertThat(this.ratings.findTicket(ticket.id(), "dept-other")).isNull();
		assertThat(this.ratings.answerTicket(ticket.id(), "dept-other", "x", "o", NOW)).isZero();
		assertThat(this.ratings.answerTicket(ticket.id(), "dept-m3", "已整改", "o-1", NOW)).isOne();
		assertThat(this.ratings.answerTicket(ticket.id(), "dept-m3", "again", "o-1", NOW)).isZero();
		TicketRow answered = this.ratings.findTicket(ticket.id(), "dept-m3");
		assertThat(answered.status()).isEqualTo("ANSWERED");
		assertThat(answered.answer()).isEqualTo("已整改");
		assertThat(answered.answeredAt()).isEqualTo(NOW);
		assertThat(this.ratings.listTickets("dept-m3", "OPEN")).isEmpty();
	}

	private static EvaluationRow evaluation(String caseId, String department, String item, int overall) {
		return new EvaluationRow(caseId, "r-1", department, item, overall, null, 3, null, null, "", NOW);
	}

}
