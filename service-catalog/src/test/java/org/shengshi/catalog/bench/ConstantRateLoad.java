package org.shengshi.catalog.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;

import org.shengshi.platform.test.bench.LoopbackHttp;

/**
 * An open-model load driver: request {@code i} is due at {@code start + i / rate},
 * whether or not earlier ones have answered, and its latency is measured from that due
 * time, so a stalled server shows up as latency instead of a lower request rate (no
 * coordinated omission). Bounded: at most {@code rate × duration} requests, at most
 * {@value #MAX_IN_FLIGHT} at once (requests over it are counted as dropped, not sent),
 * and a final wait of at most 30 s. Loopback addresses only, over {@link LoopbackHttp} (a
 * blocking kept-alive connection per sending thread, cheap on the shared cores).
 */
final class ConstantRateLoad {

	private static final int MAX_IN_FLIGHT = 64;

	private static final Duration TIMEOUT = Duration.ofSeconds(10);

	private static final int WARM_UP_ROUND = 2000;

	/** Latency above which a request counts as slow in the stall breakdown. */
	private static final long SLOW_MILLIS = 20;

	/** JIT share of a warm-up round's wall time below which the JIT counts as settled. */
	private static final double SETTLED_JIT_SHARE = 0.05;

	private final ExecutorService executor;

	private final Queue<LoopbackHttp> connections = new ConcurrentLinkedQueue<>();

	private final ThreadLocal<LoopbackHttp> connection;

	/** Load on {@code 127.0.0.1:port}: a kept-alive connection per sending thread. */
	ConstantRateLoad(int port) {
		this.executor = Executors.newFixedThreadPool(MAX_IN_FLIGHT);
		this.connection = ThreadLocal.withInitial(() -> {
			LoopbackHttp http = new LoopbackHttp("127.0.0.1", port, TIMEOUT);
			this.connections.add(http);
			return http;
		});
	}

	/** One phase's figures; latencies in milliseconds. */
	record Result(String name, int rate, int sent, int ok, int errors, int dropped, double seconds, double p50,
			double p95, double p99, double max, double cpuMillisPerRequest, long jitMillis, String cpuByThread,
			String slowRequests) {

		double throughput() {
			return this.ok / this.seconds;
		}

		@Override
		public String toString() {
			return "%-22s target %5d/s  sent %6d  ok %6d  errors %d  dropped %d  achieved %7.1f/s  p50 %6.2f ms  p95 %6.2f ms  p99 %6.2f ms  max %7.2f ms  CPU %.2f ms/request  JIT %d ms"
				.formatted(this.name, this.rate, this.sent, this.ok, this.errors, this.dropped, throughput(), this.p50,
						this.p95, this.p99, this.max, this.cpuMillisPerRequest, this.jitMillis)
					+ "%n  CPU ms/request by thread: %s".formatted(this.cpuByThread)
					+ "%n  %s".formatted(this.slowRequests);
		}

	}

	/**
	 * Closed-loop warm-up in rounds of {@value #WARM_UP_ROUND} requests,
	 * {@code concurrency} at a time, until the JIT has settled: at least {@code minimum}
	 * requests, then until two rounds in a row in which the compilers worked less than
	 * {@value #SETTLED_JIT_SHARE} of the wall time, at most {@code limit}. On two cores
	 * the C2 compiler otherwise takes a large share of the CPU for minutes after start,
	 * and the first measured phase pays for it. Prints each round.
	 * @return the requests answered 200, and the requests sent
	 */
	int[] warmUp(int minimum, Duration limit, int concurrency, IntFunction<String> requests)
			throws InterruptedException {
		long deadline = System.nanoTime() + limit.toNanos();
		// first a burst on every sending thread: the server then creates the request
		// processors and buffers a measured phase needs while the JIT is still
		// profiling. Bursting only at the end let each first phase begin with Tomcat's
		// compiled request path thrown away (uncommon traps on the new-processor
		// branches) and run interpreted, then recompiled some 6 s later.
		int ok = openConnections(0, requests);
		int sent = MAX_IN_FLIGHT;
		int quietRounds = 0;
		for (int round = 1; System.nanoTime() < deadline; round++) {
			long wallStart = System.nanoTime();
			long jitStart = jitMillis();
			int first = sent;
			int[] answered = warmUpRound(first, concurrency, deadline, requests);
			ok += answered[0];
			sent += answered[1];
			double wallMillis = (System.nanoTime() - wallStart) / 1e6;
			double jitShare = (jitMillis() - jitStart) / wallMillis;
			System.out.printf("  warm-up round %d: %d requests, %.1f s, JIT busy %.0f %% of the round%n", round,
					answered[1], wallMillis / 1e3, 100 * jitShare);
			quietRounds = (jitShare < SETTLED_JIT_SHARE) ? quietRounds + 1 : 0;
			if (sent >= minimum && quietRounds >= 2) {
				break;
			}
		}
		// and again at the end, so that the phase finds every connection open
		int opened = openConnections(sent, requests);
		return new int[] { ok + opened, sent + MAX_IN_FLIGHT };
	}

	/**
	 * Starts every one of the measured phases' {@value #MAX_IN_FLIGHT} sending threads
	 * and opens its connection with one request, all at once, so that the server has as
	 * many request threads and connections as a phase will use. Without it the first
	 * measured phase also paid for starting 64 threads on each side and connecting them,
	 * which a client whose connections are open does not see.
	 * @return the requests answered 200
	 */
	private int openConnections(int first, IntFunction<String> requests) throws InterruptedException {
		CyclicBarrier together = new CyclicBarrier(MAX_IN_FLIGHT);
		CountDownLatch done = new CountDownLatch(MAX_IN_FLIGHT);
		AtomicInteger ok = new AtomicInteger();
		for (int t = 0; t < MAX_IN_FLIGHT; t++) {
			int index = first + t;
			this.executor.execute(() -> {
				try {
					// every task on its own thread: none returns before all have started
					together.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
					ok.addAndGet((this.connection.get().get(requests.apply(index)).status() == 200) ? 1 : 0);
				}
				catch (IOException | BrokenBarrierException | TimeoutException ex) {
					// not opened now: the connection opens on the thread's first request
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					done.countDown();
				}
			});
		}
		done.await(2 * TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		return ok.get();
	}

	/**
	 * One warm-up round: requests {@code first} … {@code first + }{@value #WARM_UP_ROUND}
	 * − 1, fewer if the deadline passes.
	 * @return the requests answered 200, and the requests sent
	 */
	private int[] warmUpRound(int first, int concurrency, long deadline, IntFunction<String> requests)
			throws InterruptedException {
		AtomicInteger next = new AtomicInteger(first);
		AtomicInteger ok = new AtomicInteger();
		AtomicInteger sent = new AtomicInteger();
		int end = first + WARM_UP_ROUND;
		Thread[] workers = new Thread[concurrency];
		for (int w = 0; w < concurrency; w++) {
			workers[w] = new Thread(() -> {
				for (int i = next.getAndIncrement(); i < end
						&& System.nanoTime() < deadline; i = next.getAndIncrement()) {
					sent.incrementAndGet();
					try {
						ok.addAndGet((this.connection.get().get(requests.apply(i)).status() == 200) ? 1 : 0);
					}
					catch (IOException ex) {
						// counted as not ok
					}
				}
			});
			workers[w].start();
		}
		for (Thread worker : workers) {
			worker.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()) + 10_000));
		}
		return new int[] { ok.get(), sent.get() };
	}

	/** CPU time of this whole process (service, driver, JIT, GC). */
	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static long jitMillis() {
		return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
	}

	Result run(String name, int rate, Duration duration, IntFunction<String> requests) throws InterruptedException {
		int total = (int) Math.min(Integer.MAX_VALUE - 1, rate * duration.toSeconds());
		long[] latencies = new long[total];
		Arrays.fill(latencies, -1);
		long[] sendLags = new long[total];
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		Map<String, Integer> errorKinds = new ConcurrentHashMap<>();
		CountDownLatch done = new CountDownLatch(total);
		int dropped = 0;
		long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
		long cpuStart = processCpuNanos();
		long jitStart = jitMillis();
		Map<String, Long> threadsStart = ThreadCpu.snapshot();
		long start = System.nanoTime();
		StallTimeline timeline = StallTimeline.start(start);
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
			this.executor.execute(() -> {
				try {
					sendLags[index] = System.nanoTime() - due;
					int status = this.connection.get().get(requests.apply(index)).status();
					if (status == 200) {
						latencies[index] = System.nanoTime() - due;
					}
					else {
						errors.incrementAndGet();
						errorKinds.merge("HTTP " + status, 1, Integer::sum);
					}
				}
				catch (IOException ex) {
					errors.incrementAndGet();
					errorKinds.merge(ex.getClass().getSimpleName(), 1, Integer::sum);
				}
				finally {
					inFlight.decrementAndGet();
					done.countDown();
				}
			});
		}
		done.await(30, TimeUnit.SECONDS);
		timeline.stop();
		double seconds = (System.nanoTime() - start) / 1e9;
		long cpu = processCpuNanos() - cpuStart;
		long jit = jitMillis() - jitStart;
		Map<String, Long> threadsEnd = ThreadCpu.snapshot();
		long[] ok = Arrays.stream(latencies).filter((latency) -> latency >= 0).sorted().toArray();
		if (!errorKinds.isEmpty()) {
			System.out.println(name + " errors: " + errorKinds);
		}
		return new Result(name, rate, total - dropped, ok.length, errors.get(), dropped, seconds, percentile(ok, 50),
				percentile(ok, 95), percentile(ok, 99), percentile(ok, 100), cpu / 1e6 / Math.max(1, ok.length), jit,
				ThreadCpu.perRequest(threadsStart, threadsEnd, ok.length),
				timeline.slowRequests(latencies, sendLags, intervalNanos, TimeUnit.MILLISECONDS.toNanos(SLOW_MILLIS)));
	}

	void close() {
		this.executor.shutdownNow();
		this.connections.forEach(LoopbackHttp::close);
	}

	private static double percentile(long[] sorted, double percent) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(percent / 100 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank))] / 1e6;
	}

}
