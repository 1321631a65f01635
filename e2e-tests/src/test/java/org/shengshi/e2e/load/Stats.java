package org.shengshi.e2e.load;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one load phase measured: latencies (from each request's intended start, so a
 * stalled server cannot hide its queue), statuses and the achieved rate.
 */
record Stats(String name, long[] latenciesNanos, Map<String, Integer> outcomes, double seconds) {

	static Stats of(String name, long[] latenciesNanos, int count, Map<String, Integer> outcomes, double seconds) {
		long[] sorted = Arrays.copyOf(latenciesNanos, count);
		Arrays.sort(sorted);
		return new Stats(name, sorted, new TreeMap<>(outcomes), seconds);
	}

	int count() {
		return this.latenciesNanos.length;
	}

	double perSecond() {
		return count() / this.seconds;
	}

	/**
	 * The latency at quantile {@code q} (0..1) in milliseconds, nearest-rank.
	 */
	double millis(double q) {
		if (count() == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(q * count()) - 1;
		return this.latenciesNanos[Math.max(0, Math.min(count() - 1, rank))] / 1_000_000.0;
	}

	int failures() {
		return this.outcomes.entrySet()
			.stream()
			.filter((entry) -> !entry.getKey().startsWith("2"))
			.mapToInt(Map.Entry::getValue)
			.sum();
	}

	String row() {
		return String.format("| %s | %d | %.0f | %.2f | %.2f | %.2f | %.2f | %d | %s |", this.name, count(),
				perSecond(), millis(0.50), millis(0.95), millis(0.99), millis(1.0), failures(), this.outcomes);
	}

	static String header() {
		return "| phase | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | non-2xx | outcomes |\n"
				+ "|---|---|---|---|---|---|---|---|---|";
	}

}
