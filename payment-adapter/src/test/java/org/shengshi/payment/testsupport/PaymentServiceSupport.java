package org.shengshi.payment.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.shengshi.platform.test.ShengshiServiceTest;
import org.shengshi.platform.test.TestJwtIssuer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole payment-adapter on a random port against real MariaDB, Redis, test JWTs and
 * the WeChat Pay WireMock sandbox. Every service IT extends this class so they share one
 * Spring context.
 */
@ShengshiServiceTest
@Import(TestChannels.class)
@TestPropertySource(properties = "shengshi.payment.sweep.enabled=false")
public abstract class PaymentServiceSupport {

	protected static final TestJwtIssuer JWT = TestJwtIssuer.shared();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	/** Threads that send requests at the same moment; daemon, shared by every IT. */
	private static final ExecutorService TOGETHER = Executors.newFixedThreadPool(16, (task) -> {
		Thread thread = new Thread(task, "payment-it-together");
		thread.setDaemon(true);
		return thread;
	});

	@DynamicPropertySource
	static void configuredChannels(DynamicPropertyRegistry registry) {
		TestChannels.register(registry);
	}

	@LocalServerPort
	protected int port;

	/**
	 * Sends the requests at the same moment (each waits on one latch) and returns the
	 * status of each reply, in order.
	 */
	protected static List<Integer> statusesSentTogether(List<Callable<HttpResponse<String>>> requests)
			throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<HttpResponse<String>>> replies = new ArrayList<>();
		for (Callable<HttpResponse<String>> request : requests) {
			replies.add(TOGETHER.submit(() -> {
				start.await(10, TimeUnit.SECONDS);
				return request.call();
			}));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<HttpResponse<String>> reply : replies) {
			statuses.add(reply.get(120, TimeUnit.SECONDS).statusCode());
		}
		return statuses;
	}

	/** The same request {@code times} times at the same moment; the statuses in order. */
	protected static List<Integer> statusesSentTogether(int times, Callable<HttpResponse<String>> request)
			throws Exception {
		return statusesSentTogether(java.util.Collections.nCopies(times, request));
	}

	protected HttpResponse<String> get(String path, String bearer) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20)).GET();
		if (bearer != null) {
			request.header("Authorization", bearer);
		}
		return send(request.build());
	}

	protected HttpResponse<String> postJson(String path, String bearer, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (bearer != null) {
			request.header("Authorization", bearer);
		}
		return send(request.build());
	}

	protected HttpResponse<String> postRaw(String path, Map<String, String> headers, byte[] body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(20))
			.POST(HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach(request::header);
		return send(request.build());
	}

	/** Creates a WeChat order through the API as case-service would; returns its id. */
	protected String createOrder(long amountFen) {
		return createOrder("WECHAT", amountFen);
	}

	/**
	 * Creates an order of {@code channel} through the API as case-service would; returns
	 * its id.
	 */
	protected String createOrder(String channel, long amountFen) {
		HttpResponse<String> created = postOrder("case-" + java.util.UUID.randomUUID(), channel, amountFen, Map.of());
		if (created.statusCode() != 201) {
			throw new IllegalStateException("order not created: " + created.statusCode() + " " + created.body());
		}
		return created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
	}

	/**
	 * Asks for a WeChat order while the channel fails its pre-order: expects 503
	 * {@code CHANNEL_NOT_ANSWERING} as problem+json and returns the order id it names.
	 */
	protected String orderWithUnknownPreOrder(long amountFen) {
		return orderWithUnknownPreOrder("case-" + java.util.UUID.randomUUID(), amountFen, Map.of());
	}

	protected String orderWithUnknownPreOrder(String businessRef, long amountFen, Map<String, String> headers) {
		HttpResponse<String> answer = postOrder(businessRef, "WECHAT", amountFen, headers);
		if (answer.statusCode() != 503 || !answer.body().contains("\"code\":\"CHANNEL_NOT_ANSWERING\"")
				|| !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
			throw new IllegalStateException(
					"expected 503 CHANNEL_NOT_ANSWERING: " + answer.statusCode() + " " + answer.body());
		}
		return JsonMapper.builder().build().readTree(answer.body()).path("orderId").asString();
	}

	/**
	 * Asks for the order of {@code businessRef} as case-service would, with these extra
	 * headers; the raw answer.
	 */
	protected HttpResponse<String> postOrder(String businessRef, String channel, long amountFen,
			Map<String, String> headers) {
		String body = """
				{"businessRef":"%s","channel":"%s","amountFen":%d,"description":"工本费","payerSubject":"resident-9"}"""
			.formatted(businessRef, channel, amountFen);
		return postJson("/api/v1/payments/orders", JWT.client("case-service", "system").bearer(), body, headers);
	}

	protected HttpResponse<String> postJson(String path, String bearer, String body, Map<String, String> headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
			.timeout(Duration.ofSeconds(20))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (bearer != null) {
			request.header("Authorization", bearer);
		}
		headers.forEach(request::header);
		return send(request.build());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private static HttpResponse<String> send(HttpRequest request) {
		try {
			return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
