package org.shengshi.identity.me;

import org.junit.jupiter.api.Test;
import org.shengshi.identity.support.IdentityServiceIT;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsEndpointsIT extends IdentityServiceIT {

	@Test
	void readinessPrometheusAndApiDocsAnswerWithoutToken() {
		assertThat(http().get("/actuator/health/readiness").status()).isEqualTo(200);
		assertThat(http().get("/actuator/prometheus").body()).contains("jvm_memory_used_bytes");
		assertThat(http().get("/v3/api-docs").json().get("info").get("title").asString()).isEqualTo("identity-service");
	}

}
