package org.shengshi.cases.casefile;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shengshi.cases.CaseServiceSupport;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineMapperIT extends CaseServiceSupport {

	@Autowired
	private TimelineMapper timeline;

	@Test
	void entriesOfACaseComeBackInOrder() {
		String caseId = UUID.randomUUID().toString();
		Instant t0 = Instant.parse("2026-03-02T02:00:00.123Z");
		TimelineEntry submitted = new TimelineEntry(CaseIds.at(t0), caseId, "SUBMIT", "DRAFT", "SUBMITTED", "r-1",
				"APPLICANT", null, "已提交申请", t0);
		TimelineEntry accepted = new TimelineEntry(CaseIds.at(t0.plusSeconds(60)), caseId, "ACCEPT", "SUBMITTED",
				"ACCEPTED", "o-1", "OFFICER", "材料齐全", "已受理", t0.plusSeconds(60));
		this.timeline.insert(accepted);
		this.timeline.insert(submitted);
		this.timeline.insert(new TimelineEntry(CaseIds.at(t0), UUID.randomUUID().toString(), "SUBMIT", "DRAFT",
				"SUBMITTED", "r-2", "APPLICANT", null, "已提交申请", t0));

		assertThat(this.timeline.listByCase(caseId)).containsExactly(submitted, accepted);
	}

}
