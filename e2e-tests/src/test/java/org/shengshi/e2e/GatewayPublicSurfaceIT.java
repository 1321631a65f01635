package org.shengshi.e2e;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gateway serves without a token: health and the aggregated API docs of every
 * service.
 */
@ExtendWith(LocalStackExtension.class)
class GatewayPublicSurfaceIT {

	@Test
	void healthIsUpThroughTheGateway(Platform platform) {
		HttpResult health = platform.gatewayGet("/actuator/health", null);

		assertThat(health.status()).as(health.toString()).isEqualTo(200);
		assertThat(health.text("status")).isEqualTo("UP");
	}

	@Test
	void theGatewaysOwnApiDocsAreReachable(Platform platform) {
		HttpResult docs = platform.gatewayGet("/v3/api-docs", null);

		assertThat(docs.status()).as(docs.toString()).isEqualTo(200);
		assertThat(docs.json().has("openapi")).isTrue();
	}

	@Test
	void everyServicesApiDocsAreReachableThroughTheGateway(Platform platform) {
		HttpResult config = platform.gatewayGet("/v3/api-docs/swagger-config", null);
		assertThat(config.status()).as(config.toString()).isEqualTo(200);
		List<String> urls = new ArrayList<>();
		for (JsonNode entry : config.json().path("urls")) {
			urls.add(entry.path("url").asString());
		}

		assertThat(urls).as("one API doc per service").hasSizeGreaterThanOrEqualTo(5);
		for (String url : urls) {
			HttpResult docs = platform.gatewayGet(url, null);
			assertThat(docs.status()).as(url + " -> " + docs).isEqualTo(200);
			assertThat(docs.json().has("openapi")).as(url).isTrue();
		}
	}

	@Test
	void swaggerUiIsServedAtTheDocumentedAddress(Platform platform) {
		HttpResult ui = platform.gatewayGet("/swagger-ui.html", null);

		assertThat(ui.status()).as(ui.toString()).isIn(200, 302);
		if (ui.status() == 302) {
			assertThat(ui.location()).contains("swagger-ui");
		}
	}

}
