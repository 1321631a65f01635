package org.shengshi.gateway.routing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

import static org.assertj.core.api.Assertions.assertThat;

class RouteIdsTest {

	@ParameterizedTest
	@CsvSource({ "GET,/api/v1/identity/me,identity", "GET,/api/v1/identity,identity",
			"PUT,/api/v1/catalog/items/1,catalog", "POST,/api/v1/cases,cases",
			"POST,/api/v1/payments/callbacks/wechat,payments-callbacks",
			"GET,/api/v1/payments/callbacks/wechat,payments", "GET,/api/v1/certificates/keys/k1,certificates",
			"GET,/v3/api-docs/payments,api-docs-payments", "POST,/v3/api-docs/payments,gateway",
			"GET,/v3/api-docs,gateway", "GET,/actuator/health,gateway", "GET,/api/v1/identityx,gateway",
			"GET,/,gateway" })
	void namesTheRouteOfARequest(String method, String path, String routeId) {
		MockServerHttpRequest request = MockServerHttpRequest.method(HttpMethod.valueOf(method), path).build();

		assertThat(RouteIds.of(request)).isEqualTo(routeId);
	}

}
