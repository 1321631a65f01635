package org.shengshi.payment;

import org.junit.jupiter.api.Test;
import org.shengshi.payment.testsupport.PaymentServiceSupport;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsEndpointsIT extends PaymentServiceSupport {

	@Test
	void readinessPrometheusAndApiDocsAnswer() {
		assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
		assertThat(get("/actuator/prometheus", null).body()).contains("jvm_memory_used_bytes");
		assertThat(get("/v3/api-docs", null).body()).contains("/api/v1/payments/orders");
	}

}
