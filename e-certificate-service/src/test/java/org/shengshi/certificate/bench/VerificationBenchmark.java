package org.shengshi.certificate.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.shengshi.certificate.CertificateApplication;
import org.shengshi.certificate.certificates.IssueCommand;
import org.shengshi.certificate.certificates.Issuance;
import org.shengshi.platform.test.RealInfrastructureInitializer;
import org.shengshi.platform.test.TestJwtIssuer;
import org.shengshi.platform.test.bench.LoopbackHttp;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One run, one machine: raw SM2 sign and verify rates (JMH, forked JVM) and then the
 * end-to-end QR verification throughput of the real service over HTTP on loopback (real
 * MariaDB and Redis, JWT-authenticated calls): the holder's app asks for presentation
 * tokens, the hotel's system verifies them, each verification consuming its token in
 * Redis, reading and decrypting the certificate from MariaDB, verifying its SM2 signature
 * and writing the use log. Prints rates and their ratios.
 *
 * <pre>
 * ./mvnw -B -q -o -pl e-certificate-service -am -Pjmh -DskipTests verify   (-Dbench.tokens=16000 -Dbench.clients=8)
 * </pre>
 */
public final class VerificationBenchmark {

	private static final int TOKENS = Integer.getInteger("bench.tokens", 16000);

	private static final int CLIENTS = Integer.getInteger("bench.clients", 8);

	/**
	 * Warm-up rounds of {@code TOKENS / 4} presentations and verifications before
	 * measuring: the JIT compiler keeps compiling the request path for tens of seconds,
	 * and its threads take CPU from the two cores the service measures on.
	 */
	private static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmup-rounds", 3);

	private static final Duration PHASE_LIMIT = Duration.ofSeconds(120);

	private static final String E_ID = "111000000000190198001";

	private static final String BASE = "/api/v1/certificates";

	/**
	 * A kept-alive connection per client thread (cheap on the cores the service uses).
	 */
	private final ThreadLocal<LoopbackHttp> http;

	private final Queue<LoopbackHttp> connections = new ConcurrentLinkedQueue<>();

	private VerificationBenchmark(int port) {
		this.http = ThreadLocal.withInitial(() -> {
			LoopbackHttp connection = new LoopbackHttp("127.0.0.1", port, Duration.ofSeconds(30));
			this.connections.add(connection);
			return connection;
		});
	}

	public static void main(String[] args) throws Exception {
		double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		Map<String, Double> raw = rawSm2();
		System.setProperty("spring.main.banner-mode", "off");
		try (ConfigurableApplicationContext service = new SpringApplicationBuilder(CertificateApplication.class)
			.initializers(new RealInfrastructureInitializer())
			.properties("server.port=0", "server.address=127.0.0.1", "logging.level.root=WARN",
					"logging.level.org.shengshi=WARN", "shengshi.events.consumer.enabled=false")
			.run()) {
			int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
			String holder = "bench-" + UUID.randomUUID();
			String certificate = service.getBean(Issuance.class)
				.issue(new IssueCommand(E_ID, holder,
						Map.of("name", "赵六", "idNumber", "440106198503071235", "gender", "1", "photoRef", "p-1"), null,
						null, "bench", false))
				.id();
			new VerificationBenchmark(port).run(holder, certificate, raw, load);
		}
		System.exit(0);
	}

	private static Map<String, Double> rawSm2() throws RunnerException {
		Collection<RunResult> results = new Runner(new OptionsBuilder().include(Sm2Benchmark.class.getName() + "\\.")
			.forks(1)
			.threads(1)
			.warmupIterations(2)
			.warmupTime(TimeValue.seconds(2))
			.measurementIterations(3)
			.measurementTime(TimeValue.seconds(3))
			.jvmArgs("-Xms512m", "-Xmx512m")
			.build()).run();
		Map<String, Double> rates = new java.util.HashMap<>();
		for (RunResult result : results) {
			String label = result.getParams().getBenchmark();
			rates.put(label.substring(label.lastIndexOf('.') + 1), result.getPrimaryResult().getScore());
		}
		return rates;
	}

	private void run(String holder, String certificate, Map<String, Double> raw, double loadBefore) throws Exception {
		String holderToken = TestJwtIssuer.shared().resident(holder).loa(2).bearer();
		String hotelToken = TestJwtIssuer.shared().client("hotel-verifier", "verifier").bearer();
		String presentPath = "/" + certificate + "/presentations";
		String presentBody = "{\"purpose\":\"HOTEL_CHECK_IN\",\"ttlSeconds\":300}";
		// warm-up: JIT, connection pools, prepared statements
		for (int round = 0; round < WARMUP_ROUNDS; round++) {
			Tokens warm = new Tokens();
			phase("warm-up present", TOKENS / 4, (i) -> warm.add(present(presentPath, presentBody, holderToken)));
			phase("warm-up verify", warm.size(), (i) -> verify(warm.poll(), hotelToken));
		}

		Tokens tokens = new Tokens();
		double presented = phase("present", TOKENS, (i) -> tokens.add(present(presentPath, presentBody, holderToken)));
		double loadDuring = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		double verified = phase("verify", tokens.size(), (i) -> verify(tokens.poll(), hotelToken));
		double pairs = phase("present+verify", TOKENS / 2,
				(i) -> verify(present(presentPath, presentBody, holderToken), hotelToken));

		double sign = raw.getOrDefault("sign", 0.0);
		double rawVerify = raw.getOrDefault("verify", 0.0);
		System.out.printf(
				"%nmachine: %d cores, load average %.1f before, %.1f during; %d client threads, %d tokens, %d warm-up rounds%n",
				Runtime.getRuntime().availableProcessors(), loadBefore, loadDuring, CLIENTS, TOKENS, WARMUP_ROUNDS);
		System.out.printf("raw SM2 sign (JMH, 1 thread)             %10.0f ops/s%n", sign);
		System.out.printf("raw SM2 verify (JMH, 1 thread)           %10.0f ops/s%n", rawVerify);
		System.out.printf("HTTP presentations (token + QR PNG)      %10.0f /s%n", presented);
		System.out.printf("HTTP verifications (end to end)          %10.0f /s   goal >= 500/s: %s%n", verified,
				(verified >= 500) ? "met" : "NOT met");
		System.out.printf("HTTP present + verify, one after another %10.0f pairs/s%n", pairs);
		System.out.printf("ratio end-to-end verify / raw SM2 verify %10.3f%n", verified / rawVerify);
		System.out.printf("ratio raw SM2 verify / raw SM2 sign      %10.3f%n", rawVerify / sign);
		System.out.printf("ratio present / verify (HTTP)            %10.3f%n", presented / verified);
	}

	/**
	 * Runs {@code count} operations on {@link #CLIENTS} threads, bounded by
	 * {@link #PHASE_LIMIT}; fails when any operation fails; returns operations per
	 * second.
	 */
	private double phase(String name, int count, IntPredicate operation) throws InterruptedException {
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		AtomicInteger next = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		long deadline = System.nanoTime() + PHASE_LIMIT.toNanos();
		long start = System.nanoTime();
		for (int t = 0; t < CLIENTS; t++) {
			pool.execute(() -> {
				for (int i = next.getAndIncrement(); i < count
						&& System.nanoTime() < deadline; i = next.getAndIncrement()) {
					if (!operation.test(i)) {
						failed.incrementAndGet();
					}
				}
			});
		}
		pool.shutdown();
		if (!pool.awaitTermination(PHASE_LIMIT.toSeconds() + 30, TimeUnit.SECONDS)) {
			pool.shutdownNow();
			throw new IllegalStateException(name + " did not finish");
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		int done = Math.min(next.get(), count);
		if (failed.get() > 0 || done < count) {
			throw new IllegalStateException(name + ": " + failed.get() + " failed, " + done + " of " + count + " run");
		}
		System.out.printf("%-16s %6d in %6.2f s%n", name, count, seconds);
		return count / seconds;
	}

	private String present(String path, String body, String bearer) {
		LoopbackHttp.Response response = post(path, body, bearer);
		if (response.status() != 201) {
			throw new IllegalStateException("present: " + response.status());
		}
		String text = response.text();
		int at = text.indexOf("\"token\":\"") + 9;
		return text.substring(at, text.indexOf('"', at));
	}

	private boolean verify(String token, String bearer) {
		return token != null && post("/verifications", "{\"token\":\"" + token + "\"}", bearer).status() == 200;
	}

	private LoopbackHttp.Response post(String path, String body, String bearer) {
		try {
			return this.http.get().postJson(BASE + path, body, "Authorization", bearer);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Tokens handed from the present phase to the verify phase. */
	private static final class Tokens {

		private final ConcurrentLinkedQueue<String> tokens = new ConcurrentLinkedQueue<>();

		boolean add(String token) {
			return this.tokens.add(token);
		}

		String poll() {
			return this.tokens.poll();
		}

		int size() {
			return this.tokens.size();
		}

	}

}
