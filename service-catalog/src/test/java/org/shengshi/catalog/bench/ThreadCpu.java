package org.shengshi.catalog.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CPU time of this process's threads grouped by kind (request workers, the load driver,
 * garbage collector, JIT compilers, …), read from {@code /proc/self/task/<tid>/stat}: the
 * JMX beans see only Java threads, not the collector's or the compilers'. Linux only;
 * elsewhere the snapshot is empty. Resolution is the kernel's clock tick (10 ms at
 * {@value #TICKS_PER_SECOND} per second, the value of {@code getconf CLK_TCK} on the
 * machines this runs on), enough for phases of many thousand requests.
 */
final class ThreadCpu {

	static final int TICKS_PER_SECOND = 100;

	private static final Path TASKS = Path.of("/proc/self/task");

	private ThreadCpu() {
	}

	/** Ticks of user and system time so far, per thread kind. */
	static Map<String, Long> snapshot() {
		Map<String, Long> ticks = new TreeMap<>();
		try (Stream<Path> tasks = Files.list(TASKS)) {
			tasks.forEach((task) -> {
				try {
					String stat = Files.readString(task.resolve("stat"));
					int open = stat.indexOf('(');
					int close = stat.lastIndexOf(')');
					String[] fields = stat.substring(close + 2).split(" ");
					// fields[0] is field 3 (state); utime and stime are fields 14 and 15
					long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
					ticks.merge(kind(stat.substring(open + 1, close)), used, Long::sum);
				}
				catch (IOException | RuntimeException ex) {
					// the thread ended between listing and reading
				}
			});
		}
		catch (IOException ex) {
			return Map.of();
		}
		return ticks;
	}

	/**
	 * What each kind of thread used between two snapshots, in milliseconds per request,
	 * largest first, as {@code kind 0.42} pairs.
	 */
	static String perRequest(Map<String, Long> before, Map<String, Long> after, int requests) {
		double millisPerTick = 1000.0 / TICKS_PER_SECOND;
		return after.entrySet()
			.stream()
			.map((entry) -> Map.entry(entry.getKey(), entry.getValue() - before.getOrDefault(entry.getKey(), 0L)))
			.filter((entry) -> entry.getValue() > 0)
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.map((entry) -> "%s %.3f".formatted(entry.getKey(),
					entry.getValue() * millisPerTick / Math.max(1, requests)))
			.collect(Collectors.joining(", "));
	}

	/**
	 * A thread's name without its number: "http-nio-127.0.0.1-auto-1-exec-7" →
	 * "http-nio-exec".
	 */
	static String kind(String name) {
		if (name.startsWith("http-nio")) {
			return name.contains("exec") ? "tomcat-exec" : "tomcat-io";
		}
		if (name.startsWith("pool-")) {
			return "driver";
		}
		return name.replaceAll("[#\\-]?\\d+", "").strip();
	}

}
