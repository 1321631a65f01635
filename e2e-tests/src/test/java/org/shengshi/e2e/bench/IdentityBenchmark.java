package org.shengshi.e2e.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shengshi.e2e.LocalStackExtension;
import org.shengshi.localstack.PlatformService;
import org.shengshi.localstack.RunningStack;
import org.shengshi.localstack.Sandbox;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throughput of identity on this machine, against a local stack: sign-up → real-name
 * verification through identity-service with the sandboxes (per resident: code, sign-up,
 * password token, real-name), then Keycloak's own token issuance (password grant and
 * client credentials). Not run by {@code verify} (no IT suffix); run it explicitly:
 * {@code ./mvnw -B -o verify -pl e2e-tests -am -Dtest=NoSuch -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=IdentityBenchmark -Dfailsafe.failIfNoSpecifiedTests=false}. Figures go to
 * stdout and {@code target/identity-benchmark.txt}.
 */
@ExtendWith(LocalStackExtension.class)
class IdentityBenchmark {

	static final int THREADS = 4;

	static final int RESIDENTS = 40;

	static final Duration TOKEN_PHASE = Duration.ofSeconds(20);

	private static final String PASSWORD = "Bench2026x";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void measure(RunningStack stack) throws Exception {
		warmUp(stack);
		List<String> phones = new CopyOnWriteArrayList<>();
		double residentsPerSecond = signUpToRealName(stack, phones);
		System.out.printf("sign-up -> real-name: %.2f residents/s%n", residentsPerSecond);
		double passwordGrants = tokens(stack, (thread) -> Map.of("grant_type", "password", "client_id", "shengshi-test",
				"client_secret", "shengshi-test-secret", "username", phones.get(thread), "password", PASSWORD));
		double clientGrants = tokens(stack, (thread) -> Map.of("grant_type", "client_credentials", "client_id",
				"shengshi-test", "client_secret", "shengshi-test-secret"));
		int cpus = Runtime.getRuntime().availableProcessors();
		String report = String.format("""
				cpus %d, threads %d
				sign-up -> real-name: %.2f residents/s (%d residents)
				password grant: %.1f tokens/s = %.1f per vCPU (Keycloak sizing: 15 per vCPU) -> ratio %.2f
				client credentials: %.1f tokens/s = %.1f per vCPU (Keycloak sizing: 120 per vCPU) -> ratio %.2f
				""", cpus, THREADS, residentsPerSecond, RESIDENTS, passwordGrants, passwordGrants / cpus,
				passwordGrants / cpus / 15, clientGrants, clientGrants / cpus, clientGrants / cpus / 120);
		System.out.println(report);
		Files.writeString(Path.of("target", "identity-benchmark.txt"), report);
		assertThat(residentsPerSecond).isPositive();
		assertThat(passwordGrants).isPositive();
		assertThat(clientGrants).isPositive();
	}

	private void warmUp(RunningStack stack) {
		for (int i = 0; i < 3; i++) {
			oneResident(stack);
		}
	}

	private double signUpToRealName(RunningStack stack, List<String> phones) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			long start = System.nanoTime();
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < RESIDENTS; i++) {
				done.add(pool.submit(() -> phones.add(oneResident(stack))));
			}
			for (Future<?> future : done) {
				future.get();
			}
			return RESIDENTS / ((System.nanoTime() - start) / 1e9);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * One resident straight at identity-service (as the gateway would forward it, with
	 * the client address in {@code X-Forwarded-For}, so the per-address code limit
	 * applies to each simulated client, not to the benchmark as a whole).
	 */
	private String oneResident(RunningStack stack) {
		String identity = stack.serviceUrl(PlatformService.IDENTITY);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		String phone = "15" + String.format("%09d", random.nextInt(1_000_000_000));
		String address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
		expect(post(identity + "/api/v1/identity/signup/otp", "{\"phone\":\"" + phone + "\"}", null, address), 202);
		String code = codeSentTo(stack, phone);
		expect(post(identity + "/api/v1/identity/signup",
				"{\"phone\":\"" + phone + "\",\"code\":\"" + code + "\",\"password\":\"" + PASSWORD + "\"}", null,
				address), 201);
		String token = token(stack, Map.of("grant_type", "password", "client_id", "shengshi-test", "client_secret",
				"shengshi-test-secret", "username", phone, "password", PASSWORD));
		expect(post(identity + "/api/v1/identity/realname",
				"{\"name\":\"测试\",\"idNumber\":\"" + idNumber(random) + "\"}", token, address), 200);
		return phone;
	}

	/**
	 * Tokens per second for {@link #TOKEN_PHASE}, each thread with its own form (a
	 * password grant per user: Keycloak serialises logins of one user).
	 */
	private double tokens(RunningStack stack, IntFunction<Map<String, String>> formOfThread) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		AtomicInteger issued = new AtomicInteger();
		long end = System.nanoTime() + TOKEN_PHASE.toNanos();
		try {
			long start = System.nanoTime();
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				Map<String, String> form = formOfThread.apply(t);
				done.add(pool.submit(() -> {
					while (System.nanoTime() < end) {
						token(stack, form);
						issued.incrementAndGet();
					}
					return null;
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
			return issued.get() / ((System.nanoTime() - start) / 1e9);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private String token(RunningStack stack, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(stack.tokenUri()))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
		expect(response, 200);
		return JSON.readTree(response.body()).get("access_token").asString();
	}

	private String codeSentTo(RunningStack stack, String phone) {
		String find = "{\"method\":\"POST\",\"url\":\"/v1/sms/send\",\"bodyPatterns\":[{\"contains\":\"\\\"phone\\\":\\\""
				+ phone + "\\\"\"}]}";
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(URI.create(stack.sandboxUrl(Sandbox.SMS) + "/__admin/requests/find"))
					.timeout(Duration.ofSeconds(30))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(find))
					.build());
		JsonNode requests = JSON.readTree(response.body()).get("requests");
		assertThat(requests.size()).as("messages to the phone").isPositive();
		return JSON.readTree(requests.get(requests.size() - 1).get("body").asString())
			.get("params")
			.get("code")
			.asString();
	}

	private HttpResponse<String> post(String url, String json, String bearer, String clientAddress) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", clientAddress)
			.POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		if (bearer != null) {
			request.header("Authorization", "Bearer " + bearer);
		}
		return send(request.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void expect(HttpResponse<String> response, int status) {
		if (response.statusCode() != status) {
			throw new IllegalStateException(
					response.request().uri().getPath() + " answered " + response.statusCode() + ": " + response.body());
		}
	}

	/**
	 * A random valid Tianhe ID number born 1991-2008 (none of the sandbox's special
	 * numbers).
	 */
	private static String idNumber(ThreadLocalRandom random) {
		String first17 = String.format("440106%04d%02d%02d%03d", 1991 + random.nextInt(18), 1 + random.nextInt(12),
				1 + random.nextInt(28), random.nextInt(1000));
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * weights[i];
		}
		return first17 + "10X98765432".charAt(sum % 11);
	}

}
