package org.shengshi.certificate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActuatorIT extends ServiceSupport {

	@Test
	void readinessPrometheusAndApiDocsAnswerAnonymously() {
		assertThat(http().get("/actuator/health/readiness").status()).isEqualTo(200);
		assertThat(http().get("/actuator/prometheus").status()).isEqualTo(200);
		Http.Reply docs = http().get("/v3/api-docs");
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/v1/certificates/wallet");
	}

}
