package org.shengshi.payment.reconciliation;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.shengshi.payment.testsupport.PaymentServiceSupport;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ReportsEndpointIT extends PaymentServiceSupport {

	private static final String PATH = "/api/v1/payments/reconciliation/reports";

	@Autowired
	private ReportMapper mapper;

	@Test
	void platformAdminReadsStoredReports() {
		ReportRow row = ReportMapperIT.report(LocalDate.now().plusYears(5));
		this.mapper.insert(row);

		HttpResponse<String> response = get(PATH, JWT.staff("admin-1", "440100-ZW", "platform_admin").bearer());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains(row.id()).contains("\"type\":\"LOCAL_PAID_CHANNEL_MISSING\"");
	}

	@Test
	void residentIs403() {
		assertThat(get(PATH, JWT.resident("r-1").bearer()).statusCode()).isEqualTo(403);
	}

	@Test
	void withoutTokenIs401AndExpiredTokenIs401() {
		assertThat(get(PATH, null).statusCode()).isEqualTo(401);
		assertThat(get(PATH, JWT.staff("admin-1", "440100-ZW", "platform_admin").expired().bearer()).statusCode())
			.isEqualTo(401);
	}

}
