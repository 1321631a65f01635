package org.shengshi.catalog.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * What the JVM did during a load phase, every {@value #SAMPLE_MILLIS} ms: the JIT's
 * compile time and the collector's time so far. Afterwards, per quarter-second of due
 * times, how many requests were slow and what the compilers and the collector did in that
 * quarter-second, so a phase's tail can be laid beside the JVM's own stalls. Bounded: one
 * sample per {@value #SAMPLE_MILLIS} ms for at most {@value #MAX_SAMPLES} samples.
 */
final class StallTimeline {

	private static final int SAMPLE_MILLIS = 50;

	private static final int MAX_SAMPLES = 12_000;

	private static final long WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

	private static final int WINDOWS_SHOWN = 5;

	private final long start;

	private final List<long[]> samples = new ArrayList<>();

	private final Thread sampler;

	private volatile boolean running = true;

	private StallTimeline(long start) {
		this.start = start;
		this.sampler = new Thread(this::sample, "stall-timeline");
		this.sampler.setDaemon(true);
	}

	static StallTimeline start(long start) {
		StallTimeline timeline = new StallTimeline(start);
		timeline.sampler.start();
		return timeline;
	}

	private void sample() {
		while (this.running && this.samples.size() < MAX_SAMPLES) {
			long[] sample = { System.nanoTime(), ManagementFactory.getCompilationMXBean().getTotalCompilationTime(),
					gcMillis() };
			synchronized (this.samples) {
				this.samples.add(sample);
			}
			try {
				Thread.sleep(SAMPLE_MILLIS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	private static long gcMillis() {
		long total = 0;
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			total += Math.max(0, collector.getCollectionTime());
		}
		return total;
	}

	void stop() throws InterruptedException {
		this.running = false;
		this.sampler.join(1_000);
	}

	/**
	 * The slow requests ({@code latencies} over {@code slowNanos}; -1 for a request that
	 * failed or was not sent) by the quarter-second they were due in, with the JIT's and
	 * the collector's milliseconds in that quarter-second: the total, how many of them
	 * the driver itself sent late (a {@code sendLags} entry, from due time to the sending
	 * thread starting the request, over half of {@code slowNanos}), how many fell in
	 * quarter-seconds in which the collector or the JIT worked, and the worst
	 * quarter-seconds.
	 */
	String slowRequests(long[] latencies, long[] sendLags, long intervalNanos, long slowNanos) {
		List<long[]> taken;
		synchronized (this.samples) {
			taken = List.copyOf(this.samples);
		}
		int windows = (int) ((latencies.length * intervalNanos) / WINDOW_NANOS) + 1;
		Window[] byWindow = new Window[windows];
		for (int w = 0; w < windows; w++) {
			byWindow[w] = new Window(w, between(taken, w * WINDOW_NANOS, (w + 1) * WINDOW_NANOS, 1),
					between(taken, w * WINDOW_NANOS, (w + 1) * WINDOW_NANOS, 2));
		}
		int slow = 0;
		int sentLate = 0;
		for (int i = 0; i < latencies.length; i++) {
			Window window = byWindow[(int) ((i * intervalNanos) / WINDOW_NANOS)];
			window.requests++;
			if (latencies[i] > slowNanos) {
				slow++;
				sentLate += (sendLags[i] > slowNanos / 2) ? 1 : 0;
				window.slow++;
				window.maxNanos = Math.max(window.maxNanos, latencies[i]);
			}
		}
		int withGc = 0;
		int withJit = 0;
		for (Window window : byWindow) {
			withGc += (window.gcMillis > 0) ? window.slow : 0;
			withJit += (window.jitMillis >= SAMPLE_MILLIS) ? window.slow : 0;
		}
		String worst = Arrays.stream(byWindow)
			.filter((window) -> window.slow > 0)
			.sorted(Comparator.comparingInt((Window window) -> window.slow).reversed())
			.limit(WINDOWS_SHOWN)
			.map(Window::toString)
			.collect(Collectors.joining("; "));
		return ("slow (> %d ms): %d requests, %d of them sent > %d ms late by the driver; in quarter-seconds"
				+ " with a collection: %d, with ≥ %d ms of JIT: %d;"
				+ " worst quarter-seconds (from, requests, slow, max ms, JIT ms, GC ms): %s")
			.formatted(TimeUnit.NANOSECONDS.toMillis(slowNanos), slow, sentLate,
					TimeUnit.NANOSECONDS.toMillis(slowNanos / 2), withGc, SAMPLE_MILLIS, withJit,
					worst.isEmpty() ? "none" : worst);
	}

	/**
	 * How much the counter {@code column} of the samples grew between {@code from} and
	 * {@code to} nanoseconds after the start: from the last sample at or before each.
	 */
	private long between(List<long[]> taken, long from, long to, int column) {
		return valueAt(taken, this.start + to, column) - valueAt(taken, this.start + from, column);
	}

	private static long valueAt(List<long[]> taken, long time, int column) {
		long value = taken.isEmpty() ? 0 : taken.get(0)[column];
		for (long[] sample : taken) {
			if (sample[0] > time) {
				break;
			}
			value = sample[column];
		}
		return value;
	}

	private static final class Window {

		private final int index;

		private final long jitMillis;

		private final long gcMillis;

		private int requests;

		private int slow;

		private long maxNanos;

		Window(int index, long jitMillis, long gcMillis) {
			this.index = index;
			this.jitMillis = jitMillis;
			this.gcMillis = gcMillis;
		}

		@Override
		public String toString() {
			return "%.1f s: %d, %d, %.1f, %d, %d".formatted(this.index * WINDOW_NANOS / 1e9, this.requests, this.slow,
					this.maxNanos / 1e6, this.jitMillis, this.gcMillis);
		}

	}

}
