package org.shengshi.catalog.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

/**
 * An open-model load driver: request {@code i} is due at {@code start + i / rate},
 * whether or not earlier ones have answered, and its latency is measured from that due
 * time, so a stalled server shows up as latency instead of a lower request rate (no
 * coordinated omission). Bounded: at most {@code rate × duration} requests, at most
 * {@value #MAX_IN_FLIGHT} at once (requests over it are counted as dropped, not sent),
 * and a final wait of at most 30 s. Loopback addresses only.
 */
final class ConstantRateLoad {

	private static final int MAX_IN_FLIGHT = 64;

	private final HttpClient http;

	private final ExecutorService executor;

	ConstantRateLoad() {
		this.executor = Executors.newFixedThreadPool(4);
		this.http = HttpClient.newBuilder()
			.executor(this.executor)
			.connectTimeout(Duration.ofSeconds(2))
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	/** One phase's figures; latencies in milliseconds. */
	record Result(String name, int rate, int sent, int ok, int errors, int dropped, double seconds, double p50,
			double p95, double p99, double max) {

		double throughput() {
			return this.ok / this.seconds;
		}

		@Override
		public String toString() {
			return "%-22s target %5d/s  sent %6d  ok %6d  errors %d  dropped %d  achieved %7.1f/s  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %7.2f ms"
				.formatted(this.name, this.rate, this.sent, this.ok, this.errors, this.dropped, throughput(), this.p50,
						this.p95, this.p99, this.max);
		}

	}

	/**
	 * Closed-loop warm-up: {@code count} requests, {@code concurrency} at a time, so the
	 * JIT compiles the hot paths before anything is measured.
	 */
	int warmUp(int count, int concurrency, IntFunction<URI> requests) throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		AtomicInteger ok = new AtomicInteger();
		Thread[] workers = new Thread[concurrency];
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		for (int w = 0; w < concurrency; w++) {
			workers[w] = new Thread(() -> {
				for (int i = next.getAndIncrement(); i < count
						&& System.nanoTime() < deadline; i = next.getAndIncrement()) {
					try {
						HttpResponse<Void> response = this.http.send(
								HttpRequest.newBuilder(requests.apply(i)).timeout(Duration.ofSeconds(10)).build(),
								HttpResponse.BodyHandlers.discarding());
						ok.addAndGet((response.statusCode() == 200) ? 1 : 0);
					}
					catch (java.io.IOException ex) {
						// counted as not ok
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			});
			workers[w].start();
		}
		for (Thread worker : workers) {
			worker.join(TimeUnit.SECONDS.toMillis(130));
		}
		return ok.get();
	}

	Result run(String name, int rate, Duration duration, IntFunction<URI> requests) throws InterruptedException {
		int total = (int) Math.min(Integer.MAX_VALUE - 1, rate * duration.toSeconds());
		long[] latencies = new long[total];
		Arrays.fill(latencies, -1);
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		Map<String, Integer> errorKinds = new ConcurrentHashMap<>();
		CountDownLatch done = new CountDownLatch(total);
		int dropped = 0;
		long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
		long start = System.nanoTime();
		for (int i = 0; i < total; i++) {
			long due = start + i * intervalNanos;
			long wait = due - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			if (inFlight.get() >= MAX_IN_FLIGHT) {
				dropped++;
				done.countDown();
				continue;
			}
			inFlight.incrementAndGet();
			int index = i;
			this.http
				.sendAsync(HttpRequest.newBuilder(requests.apply(i)).timeout(Duration.ofSeconds(10)).build(),
						HttpResponse.BodyHandlers.discarding())
				.whenComplete((response, failure) -> {
					if (failure == null && response.statusCode() == 200) {
						latencies[index] = System.nanoTime() - due;
					}
					else {
						errors.incrementAndGet();
						errorKinds.merge((failure != null) ? rootCause(failure) : "HTTP " + response.statusCode(), 1,
								Integer::sum);
					}
					inFlight.decrementAndGet();
					done.countDown();
				});
		}
		done.await(30, TimeUnit.SECONDS);
		double seconds = (System.nanoTime() - start) / 1e9;
		long[] ok = Arrays.stream(latencies).filter((latency) -> latency >= 0).sorted().toArray();
		if (!errorKinds.isEmpty()) {
			System.out.println(name + " errors: " + errorKinds);
		}
		return new Result(name, rate, total - dropped, ok.length, errors.get(), dropped, seconds, percentile(ok, 50),
				percentile(ok, 95), percentile(ok, 99), percentile(ok, 100));
	}

	void close() {
		this.executor.shutdownNow();
	}

	private static String rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause.getClass().getSimpleName();
	}

	private static double percentile(long[] sorted, double percent) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(percent / 100 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
	}

}
