package org.shengshi.payment.reconciliation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shengshi.payment.channel.ChannelId;
import org.shengshi.payment.testsupport.PaymentServiceSupport;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ReportMapperIT extends PaymentServiceSupport {

	@Autowired
	private ReportMapper mapper;

	static ReportRow report(LocalDate day) {
		return new ReportRow(UUID.randomUUID().toString(), ChannelId.SANDBOX, day, "DISCREPANCIES", 1, 0,
				"[{\"type\":\"LOCAL_PAID_CHANNEL_MISSING\",\"outTradeNo\":\"T1\"}]",
				Instant.now().truncatedTo(ChronoUnit.MILLIS));
	}

	@Test
	void insertedReportsAreListedNewestDayFirst() {
		ReportRow older = report(LocalDate.of(2020, 1, 1));
		ReportRow newer = report(LocalDate.of(2020, 1, 2));
		this.mapper.insert(older);
		this.mapper.insert(newer);

		assertThat(this.mapper.listLatest(1000)).containsSubsequence(newer, older);
	}

	@Test
	void upsertReplacesTheReportOfTheSameChannelAndDayKeepingItsId() {
		LocalDate day = LocalDate.of(2020, 2, 3);
		ReportRow first = report(day);
		this.mapper.upsert(first);
		ReportRow rerun = new ReportRow(UUID.randomUUID().toString(), ChannelId.SANDBOX, day, "BALANCED", 0, 0, "[]",
				first.createdAt().plusSeconds(60));

		this.mapper.upsert(rerun);

		ReportRow stored = this.mapper.findByDay(ChannelId.SANDBOX, day);
		assertThat(stored.id()).isEqualTo(first.id());
		assertThat(stored.status()).isEqualTo("BALANCED");
		assertThat(stored.discrepancies()).isEqualTo("[]");
		assertThat(this.mapper.findByDay(ChannelId.WECHAT, day)).isNull();
	}

}
