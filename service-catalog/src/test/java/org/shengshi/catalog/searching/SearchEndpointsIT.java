package org.shengshi.catalog.searching;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.shengshi.catalog.search.SearchGate;
import org.shengshi.platform.test.ShengshiServiceTest;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

@ShengshiServiceTest
class SearchEndpointsIT {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	private int port;

	@Autowired
	private SearchGate gate;

	@Test
	void anonymousSearchForResidencePermitRanksItsApplicationInTheTopThree() throws Exception {
		HttpResponse<String> response = get("/api/v1/catalog/search?size=3&q=" + encode("居住证"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("居住证申领");
	}

	@Test
	void colloquialQueryFindsAnIdentityCardItemInTheTopThree() throws Exception {
		HttpResponse<String> response = get("/api/v1/catalog/search?size=3&q=" + encode("办身份证"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("居民身份证");
	}

	@Test
	void departmentFilterNarrowsTheResults() throws Exception {
		String path = "/api/v1/catalog/search?size=50&q=" + encode("结婚登记");
		String everywhere = get(path).body();
		HttpResponse<String> filtered = get(path + "&department=440106-MZ");

		assertThat(everywhere).contains("\"departmentCode\":\"440104-MZ\"");
		assertThat(filtered.statusCode()).isEqualTo(200);
		assertThat(filtered.body()).contains("\"departmentCode\":\"440106-MZ\"")
			.doesNotContain("\"departmentCode\":\"440104-MZ\"");
	}

	@Test
	void suggestionsCompleteATypedPrefix() throws Exception {
		HttpResponse<String> response = get("/api/v1/catalog/search/suggestions?prefix=" + encode("居住"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("居住证申领");
	}

	@Test
	void popularItemsAnswerWithoutAQuery() throws Exception {
		HttpResponse<String> response = get("/api/v1/catalog/search/popular?size=5");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"itemCode\"");
	}

	@Test
	void emptyOrTooLongQueryIsAProblemWithAStableCode() throws Exception {
		HttpResponse<String> empty = get("/api/v1/catalog/search?q=");
		HttpResponse<String> tooLong = get("/api/v1/catalog/search?q=" + encode("居".repeat(51)));
		HttpResponse<String> tooLongPrefix = get("/api/v1/catalog/search/suggestions?prefix=" + encode("居".repeat(51)));

		for (HttpResponse<String> response : List.of(empty, tooLong, tooLongPrefix)) {
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).contains("\"code\":\"SEARCH_QUERY_INVALID\"");
		}
	}

	@Test
	void badPagingOrFiltersAreProblemsNotServerErrors() throws Exception {
		HttpResponse<String> tooBig = get("/api/v1/catalog/search?size=51&q=" + encode("护照"));
		assertThat(tooBig.statusCode()).isEqualTo(400);
		assertThat(tooBig.body()).contains("\"code\":\"SEARCH_PAGE_INVALID\"");
		HttpResponse<String> badTheme = get("/api/v1/catalog/search?theme=NOPE&q=" + encode("护照"));
		assertThat(badTheme.statusCode()).isEqualTo(400);
		assertThat(badTheme.body()).contains("\"code\":\"SEARCH_FILTER_INVALID\"");
		HttpResponse<String> badRegion = get("/api/v1/catalog/search?region=12&q=" + encode("护照"));
		assertThat(badRegion.statusCode()).isEqualTo(400);
		assertThat(badRegion.body()).contains("\"code\":\"SEARCH_FILTER_INVALID\"");
		assertThat(get("/api/v1/catalog/search?page=abc&q=" + encode("护照")).statusCode()).isEqualTo(400);
	}

	@Test
	void anIndexWithNoFreeTurnAnswers503WithRetryAfterAndServesAgainOnceFree() throws Exception {
		String path = "/api/v1/catalog/search?q=" + encode("护照 签注") + "&region=440106";
		CountDownLatch holding = new CountDownLatch(this.gate.permits());
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService holders = Executors.newFixedThreadPool(this.gate.permits());
		try {
			for (int i = 0; i < this.gate.permits(); i++) {
				holders.execute(() -> this.gate.run(() -> {
					holding.countDown();
					return awaitQuietly(release);
				}));
			}
			assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

			HttpResponse<String> busy = get(path);

			assertThat(busy.statusCode()).isEqualTo(503);
			assertThat(busy.headers().firstValue("Retry-After")).hasValue("1");
			assertThat(busy.headers().firstValue("Content-Type"))
				.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(busy.body()).contains("\"code\":\"SEARCH_BUSY\"");
		}
		finally {
			release.countDown();
			holders.shutdown();
			assertThat(holders.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
		}
		HttpResponse<String> served = get(path);
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.body()).contains("护照");
	}

	@Test
	void theIndexsRunsCpuTimeAndQueueAreMetrics() throws Exception {
		double runsBefore = metric("shengshi_catalog_search_index_runs_total");
		double cpuBefore = metric("shengshi_catalog_search_index_cpu_seconds_total");

		assertThat(get("/api/v1/catalog/search?q=" + encode("营业执照 注销") + "&region=440104").statusCode()).isEqualTo(200);

		assertThat(metric("shengshi_catalog_search_index_runs_total")).isGreaterThanOrEqualTo(runsBefore + 1);
		assertThat(metric("shengshi_catalog_search_index_cpu_seconds_total")).isGreaterThan(cpuBefore);
		assertThat(metric("shengshi_catalog_search_waiting")).isZero();
	}

	@Test
	void theOpenApiDocumentListsTheSearchProblems() throws Exception {
		JsonNode paths = JSON.readTree(get("/v3/api-docs").body()).path("paths");

		for (String path : List.of("/api/v1/catalog/search", "/api/v1/catalog/search/suggestions",
				"/api/v1/catalog/search/popular")) {
			JsonNode responses = paths.path(path).path("get").path("responses");
			assertThat(responses.path("503").path("description").asText()).as(path).startsWith("SEARCH_BUSY");
			assertThat(responses.path("503").path("headers").has("Retry-After")).as(path).isTrue();
			assertThat(responses.path("400").path("content").has("application/problem+json")).as(path).isTrue();
		}
	}

	/**
	 * A metric's value from the Prometheus page (a series without labels other than the
	 * application's).
	 */
	private double metric(String name) throws Exception {
		String page = get("/actuator/prometheus").body();
		return page.lines()
			.filter((line) -> line.startsWith(name + "{") || line.startsWith(name + " "))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.findFirst()
			.orElseThrow(() -> new AssertionError(name + " is not on the Prometheus page"));
	}

	private static boolean awaitQuietly(CountDownLatch latch) {
		try {
			return latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build();
		return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
