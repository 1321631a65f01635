package org.shengshi.catalog.bundles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.shengshi.platform.test.ShengshiServiceTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@ShengshiServiceTest
class BundleEndpointsIT {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Test
	void anyoneListsTheEightLifeEventBundles() throws Exception {
		HttpResponse<String> response = get("/api/v1/catalog/bundles");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode bundles = JSON.readTree(response.body());
		assertThat(bundles.size()).isGreaterThanOrEqualTo(8);
		assertThat(bundles).anySatisfy((bundle) -> assertThat(bundle.path("code").asString()).isEqualTo("BIRTH"));
	}

	@Test
	void aBundleShowsItsPublishedItemsAndOneFormAskingSharedFieldsOnce() throws Exception {
		HttpResponse<String> response = get("/api/v1/catalog/bundles/BIRTH");

		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode bundle = JSON.readTree(response.body());
		assertThat(bundle.path("items").size()).isGreaterThanOrEqualTo(2);
		assertThat(bundle.path("items")).allSatisfy((item) -> {
			assertThat(item.path("status").asString()).isEqualTo("PUBLISHED");
			assertThat(item.path("currentVersion").asInt()).isPositive();
			assertThat(get("/api/v1/catalog/items/" + item.path("itemCode").asString()).statusCode()).isEqualTo(200);
		});
		JsonNode form = bundle.path("form");
		assertThat(form.path("sharedKeys")).isNotEmpty();
		java.util.Set<String> keys = new java.util.HashSet<>();
		for (JsonNode field : form.path("fields")) {
			assertThat(keys.add(field.path("key").asString())).as("each field once").isTrue();
		}
		assertThat(form.path("fieldsByItem").size()).isEqualTo(bundle.path("items").size());
	}

	@Test
	void anUnknownBundleIsNotFound() throws Exception {
		HttpResponse<String> response = get("/api/v1/catalog/bundles/NO_SUCH_BUNDLE");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("\"code\":\"BUNDLE_NOT_FOUND\"");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
