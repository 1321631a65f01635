package org.shengshi.platform.ordersapp;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.shengshi.platform.test.EmbeddedRedis;
import org.shengshi.platform.test.TestJwtIssuer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotencyIT extends OrdersAppSupport {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final ExecutorService CLIENTS = Executors.newFixedThreadPool(16);

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcTemplate jdbc;

	@AfterAll
	static void stopClients() {
		CLIENTS.shutdownNow();
	}

	@Test
	void sameKeyAndBodyReplaysTheFirstResponseExactly() throws Exception {
		String key = newKey();
		String body = receipt("alice");

		HttpResponse<String> first = post(key, body, "u-1");
		HttpResponse<String> second = post(key, body, "u-1");

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
		assertThat(second.statusCode()).isEqualTo(201);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
		assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
		assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertThat(receipts("alice")).isEqualTo(1);
	}

	@Test
	void sameKeyWithAnotherBodyIsRefused() throws Exception {
		String key = newKey();
		assertThat(post(key, receipt("bob"), "u-1").statusCode()).isEqualTo(201);

		HttpResponse<String> reused = post(key, receipt("bob-changed"), "u-1");

		assertProblem(reused, 422, "IDEMPOTENCY_KEY_REUSED");
		assertThat(receipts("bob")).isEqualTo(1);
		assertThat(receipts("bob-changed")).isZero();
	}

	@Test
	void keysAreScopedToTheCallersSubject() throws Exception {
		String key = newKey();
		String body = receipt("carol");

		assertThat(post(key, body, "u-1").statusCode()).isEqualTo(201);
		HttpResponse<String> other = post(key, body, "u-2");

		assertThat(other.statusCode()).isEqualTo(201);
		assertThat(other.headers().firstValue("Idempotent-Replayed")).isEmpty();
		assertThat(receipts("carol")).isEqualTo(2);
	}

	@Test
	void malformedKeysAreRejected() throws Exception {
		for (String key : List.of("has space", "a.b", "a/b", "key=1", "x".repeat(129))) {
			assertProblem(post(key, receipt("dave"), "u-1"), 400, "IDEMPOTENCY_KEY_INVALID");
		}
		assertThat(receipts("dave")).isZero();
		assertThat(post("K_-9" + "x".repeat(124), receipt("dave"), "u-1").statusCode()).isEqualTo(201);
	}

	@Test
	void requestsWithoutAKeyRunEveryTimeUnlessTheKeyIsRequired() throws Exception {
		assertThat(post(null, receipt("erin"), "u-1").statusCode()).isEqualTo(201);
		assertThat(post(null, receipt("erin"), "u-1").statusCode()).isEqualTo(201);
		assertThat(receipts("erin")).isEqualTo(2);
		assertProblem(send(null, receipt("erin"), "u-1", "/api/v1/receipts/required-key"), 400,
				"IDEMPOTENCY_KEY_MISSING");
	}

	@Test
	void concurrentDuplicatesCreateOneReceipt() throws Exception {
		String key = newKey();
		String body = receipt("slow-300");
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			calls.add(CompletableFuture.supplyAsync(() -> {
				try {
					start.await(10, TimeUnit.SECONDS);
					return post(key, body, "u-1");
				}
				catch (IOException | InterruptedException ex) {
					throw new IllegalStateException(ex);
				}
			}, CLIENTS));
		}
		start.countDown();
		List<HttpResponse<String>> responses = new ArrayList<>();
		for (CompletableFuture<HttpResponse<String>> call : calls) {
			responses.add(call.get(30, TimeUnit.SECONDS));
		}

		assertThat(receipts("slow-300")).isEqualTo(1);
		HttpResponse<String> created = responses.stream()
			.filter((r) -> r.statusCode() == 201)
			.findFirst()
			.orElseThrow();
		assertThat(responses).allSatisfy((response) -> assertThat(response.body()).isEqualTo(created.body()));
		assertThat(responses).filteredOn((r) -> r.headers().firstValue("Idempotent-Replayed").isEmpty()).hasSize(1);
	}

	@Test
	void duplicateOfARequestStillRunningAfterTheWaitGetsAConflict() throws Exception {
		String key = newKey();
		String body = receipt("slow-3500");
		CompletableFuture<HttpResponse<String>> first = CompletableFuture.supplyAsync(() -> {
			try {
				return post(key, body, "u-1");
			}
			catch (IOException | InterruptedException ex) {
				throw new IllegalStateException(ex);
			}
		}, CLIENTS);
		Thread.sleep(300);

		HttpResponse<String> duplicate = post(key, body, "u-1");

		assertProblem(duplicate, 409, "IDEMPOTENCY_REQUEST_IN_PROGRESS");
		assertThat(duplicate.headers().firstValue("Retry-After")).isPresent();
		assertThat(first.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(201);
		HttpResponse<String> later = post(key, body, "u-1");
		assertThat(later.body()).isEqualTo(first.get().body());
		assertThat(receipts("slow-3500")).isEqualTo(1);
	}

	@Test
	void serverErrorFreesTheKeyForARetry() throws Exception {
		String key = newKey();
		String payer = "flaky-" + UUID.randomUUID();

		HttpResponse<String> failed = post(key, receipt(payer), "u-1");
		HttpResponse<String> retried = post(key, receipt(payer), "u-1");

		assertThat(failed.statusCode()).isEqualTo(500);
		assertThat(retried.statusCode()).isEqualTo(201);
		assertThat(retried.headers().firstValue("Idempotent-Replayed")).isEmpty();
		assertThat(receipts(payer)).isEqualTo(1);
	}

	@Test
	void clientErrorsAreStoredAndReplayed() throws Exception {
		String key = newKey();
		String invalid = "{\"payer\":\"frank\",\"amountFen\":-5}";

		HttpResponse<String> first = post(key, invalid, "u-1");
		HttpResponse<String> second = post(key, invalid, "u-1");

		assertThat(first.statusCode()).isEqualTo(400);
		assertThat(second.statusCode()).isEqualTo(400);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
	}

	@Test
	void redisDownRefusesKeyedRequestsWithServiceUnavailable() throws Exception {
		EmbeddedRedis.shared().stop();
		try {
			HttpResponse<String> refused = post(newKey(), receipt("grace"), "u-1");

			assertProblem(refused, 503, "IDEMPOTENCY_UNAVAILABLE");
			assertThat(receipts("grace")).isZero();
			assertThat(post(null, receipt("grace"), "u-1").statusCode()).isEqualTo(201);
		}
		finally {
			EmbeddedRedis.shared().start();
		}
	}

	private static void assertProblem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = JsonMapper.shared().readTree(response.body());
		assertThat(problem.get("code").asString()).isEqualTo(code);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
	}

	private HttpResponse<String> post(String key, String body, String subject)
			throws IOException, InterruptedException {
		return send(key, body, subject, "/api/v1/receipts");
	}

	private HttpResponse<String> send(String key, String body, String subject, String path)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/json")
			.header("Authorization", TestJwtIssuer.shared().resident(subject).bearer())
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (key != null) {
			request.header("Idempotency-Key", key);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String receipt(String payer) {
		return "{\"payer\":\"" + payer + "\",\"amountFen\":1250}";
	}

	private static String newKey() {
		return UUID.randomUUID().toString();
	}

	private int receipts(String payer) {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM receipt WHERE payer = ?", Integer.class, payer);
	}

}
