package org.shengshi.e2e.load;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Sends HTTP load on loopback, bounded in count and time: an open model (constant arrival
 * rate, latency counted from the intended start) and a closed model (a fixed number of
 * callers as fast as the server answers, for maximum throughput).
 */
final class LoadDriver implements AutoCloseable {

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

	private final Connections http = new Connections();

	private final ExecutorService workers;

	LoadDriver(int workers) {
		this.workers = Executors.newFixedThreadPool(workers);
	}

	/**
	 * {@code rate} requests per second for {@code seconds} seconds; at most
	 * {@code rate * seconds} requests, and the phase ends at most
	 * {@link #REQUEST_TIMEOUT} after the last one was due.
	 */
	Stats open(String name, Call call, int rate, int seconds) {
		int total = rate * seconds;
		long[] latencies = new long[total];
		AtomicInteger done = new AtomicInteger();
		Map<String, Integer> outcomes = new ConcurrentHashMap<>();
		long start = paced(total, rate, (n, intended) -> {
			String outcome = send(call, n);
			latencies[done.getAndIncrement()] = System.nanoTime() - intended;
			outcomes.merge(outcome, 1, Integer::sum);
		});
		awaitCompletion(done, total);
		double elapsed = (System.nanoTime() - start) / 1e9;
		return Stats.of(name, latencies, done.get(), outcomes, Math.max(elapsed, seconds));
	}

	/**
	 * Two calls in turns at {@code rate} requests per second: {@code first} for one
	 * {@code slice}, then {@code second} for one, and so on until each has had
	 * {@code seconds} seconds. Both then meet the same machine: a stall of the shared
	 * cores falls on both at about the same odds, instead of deciding the tail of
	 * whichever of two separate phases it happened in. Latency counts from each request's
	 * intended start, as in {@link #open}.
	 * @return the figures of {@code first}, then those of {@code second}
	 */
	List<Stats> inTurns(String firstName, Call first, String secondName, Call second, int rate, int seconds,
			Duration slice) {
		int perSlice = (int) Math.max(1, rate * slice.toMillis() / 1000);
		int total = 2 * rate * seconds;
		long[][] latencies = { new long[total], new long[total] };
		AtomicInteger[] done = { new AtomicInteger(), new AtomicInteger() };
		AtomicInteger finished = new AtomicInteger();
		List<Map<String, Integer>> outcomes = List.of(new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
		Call[] calls = { first, second };
		long start = paced(total, rate, (n, intended) -> {
			int turn = (int) ((n / perSlice) % 2);
			String outcome = send(calls[turn], n);
			latencies[turn][done[turn].getAndIncrement()] = System.nanoTime() - intended;
			outcomes.get(turn).merge(outcome, 1, Integer::sum);
			finished.incrementAndGet();
		});
		awaitCompletion(finished, total);
		double halfElapsed = Math.max((System.nanoTime() - start) / 2e9, seconds);
		return List.of(Stats.of(firstName, latencies[0], done[0].get(), outcomes.get(0), halfElapsed),
				Stats.of(secondName, latencies[1], done[1].get(), outcomes.get(1), halfElapsed));
	}

	/**
	 * {@code callers} concurrent callers, each sending its next request when the last one
	 * is answered, for {@code seconds} seconds.
	 */
	Stats closed(String name, Call call, int callers, int seconds) {
		int capacity = 200_000 * seconds;
		long[] latencies = new long[capacity];
		AtomicInteger done = new AtomicInteger();
		AtomicLong sequence = new AtomicLong();
		Map<String, Integer> outcomes = new ConcurrentHashMap<>();
		long start = System.nanoTime();
		long end = start + TimeUnit.SECONDS.toNanos(seconds);
		AtomicInteger running = new AtomicInteger(callers);
		for (int c = 0; c < callers; c++) {
			this.workers.execute(() -> {
				while (System.nanoTime() < end) {
					long began = System.nanoTime();
					String outcome = send(call, sequence.getAndIncrement());
					int slot = done.getAndIncrement();
					if (slot >= capacity) {
						break;
					}
					latencies[slot] = System.nanoTime() - began;
					outcomes.merge(outcome, 1, Integer::sum);
				}
				running.decrementAndGet();
			});
		}
		long deadline = end + REQUEST_TIMEOUT.toNanos();
		while (running.get() > 0 && System.nanoTime() < deadline) {
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		return Stats.of(name, latencies, Math.min(done.get(), capacity), outcomes, elapsed);
	}

	/** Work for request {@code n}, due at {@code intended} ({@link System#nanoTime}). */
	private interface Due {

		void run(long n, long intended);

	}

	/**
	 * Hands request 0 … {@code total} − 1 to the workers, each at its due time,
	 * {@code rate} per second from now; does not wait for them.
	 * @return the start ({@link System#nanoTime})
	 */
	private long paced(int total, int rate, Due work) {
		long intervalNanos = 1_000_000_000L / rate;
		long start = System.nanoTime();
		for (int i = 0; i < total; i++) {
			long intended = start + i * intervalNanos;
			long wait = intended - System.nanoTime();
			if (wait > 0) {
				LockSupport.parkNanos(wait);
			}
			long n = i;
			this.workers.execute(() -> work.run(n, intended));
		}
		return start;
	}

	private String send(Call call, long n) {
		try {
			return call.perform(n, this.http);
		}
		catch (IOException ex) {
			return ex.getClass().getSimpleName();
		}
	}

	private static void awaitCompletion(AtomicInteger done, int total) {
		long deadline = System.nanoTime() + REQUEST_TIMEOUT.toNanos() + TimeUnit.SECONDS.toNanos(1);
		while (done.get() < total && System.nanoTime() < deadline) {
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
		}
	}

	static Duration requestTimeout() {
		return REQUEST_TIMEOUT;
	}

	@Override
	public void close() {
		this.workers.shutdownNow();
		this.http.close();
	}

}
