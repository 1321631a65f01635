package org.shengshi.cases;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActuatorIT extends CaseServiceSupport {

	@Test
	void readinessPrometheusAndApiDocsAnswer() {
		assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
		assertThat(get("/actuator/prometheus", null).body()).contains("jvm_memory_used_bytes");
		assertThat(get("/v3/api-docs", null).body()).contains("case-service").contains("/api/v1/cases/queue");
	}

}
