package org.shengshi.e2e.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The kernel's memory-access monitor while a phase runs: DAMON's {@code kdamond} threads,
 * which some hosts run for proactive reclaim. On the machine of docs/performance.md
 * (session 20) it checks physical memory every 0.5 s and each time keeps one of the two
 * cores for 10–30 ms; the requests of that moment wait for the other core, and the load
 * test's slowest requests fell in those moments. The load test reports the monitor beside
 * each constant-rate phase, so that a tail the host caused can be told from one the
 * platform caused.
 * <p>
 * Its CPU time is read from {@code /proc/<pid>/schedstat} (nanoseconds) every
 * {@link #SAMPLE} by a thread of the driver, for at most {@link #MAX_SAMPLES} samples.
 */
final class MemoryMonitor {

	/** How often the monitor's CPU time is read. */
	static final Duration SAMPLE = Duration.ofMillis(2);

	/** The window in which the most CPU the monitor took at once is reported. */
	static final Duration WINDOW = Duration.ofMillis(50);

	/** At most ten minutes of samples. */
	static final int MAX_SAMPLES = 300_000;

	private final List<Path> threads;

	private MemoryMonitor(List<Path> threads) {
		this.threads = threads;
	}

	/** The monitor's threads on this machine (none when it does not run one). */
	static MemoryMonitor find() {
		return of(threadsUnder(Path.of("/proc")));
	}

	/** The monitor whose threads' {@code /proc} entries are {@code threads}. */
	static MemoryMonitor of(List<Path> threads) {
		return new MemoryMonitor(List.copyOf(threads));
	}

	/** The {@code kdamond} kernel threads among the processes under {@code proc}. */
	static List<Path> threadsUnder(Path proc) {
		List<Path> found = new ArrayList<>();
		try (Stream<Path> entries = Files.list(proc)) {
			for (Path entry : (Iterable<Path>) entries::iterator) {
				if (entry.getFileName().toString().chars().allMatch(Character::isDigit) && isMonitor(entry)) {
					found.add(entry);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			// not Linux: no monitor to report
		}
		return List.copyOf(found);
	}

	private static boolean isMonitor(Path process) {
		try {
			return Files.readString(process.resolve("comm")).strip().startsWith("kdamond");
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Runs {@code phase} while sampling the monitor's CPU time.
	 * @return what the phase returned and what the monitor took meanwhile
	 */
	<T> Watched<T> during(Supplier<T> phase) {
		String cpuBefore = QuietMachine.cpuLine();
		if (this.threads.isEmpty()) {
			T result = phase.get();
			return new Watched<>(result, null, stolen(cpuBefore));
		}
		long[] times = new long[MAX_SAMPLES];
		long[] used = new long[MAX_SAMPLES];
		int[] count = { 0 };
		Thread sampler = new Thread(() -> {
			while (!Thread.currentThread().isInterrupted() && count[0] < MAX_SAMPLES) {
				int i = count[0];
				times[i] = System.nanoTime();
				// a running total: a thread that ended does not take back what it used
				used[i] = (i > 0) ? Math.max(used[i - 1], runNanos(this.threads)) : runNanos(this.threads);
				count[0] = i + 1;
				LockSupport.parkNanos(SAMPLE.toNanos());
			}
		}, "memory-monitor-sampler");
		sampler.setDaemon(true);
		sampler.start();
		T result;
		try {
			result = phase.get();
		}
		finally {
			sampler.interrupt();
			joinQuietly(sampler);
		}
		int n = count[0];
		Usage usage = (n < 2) ? null
				: new Usage(Duration.ofNanos(used[n - 1] - used[0]), Duration.ofNanos(times[n - 1] - times[0]),
						Duration.ofNanos(mostWithin(times, used, n, WINDOW.toNanos())), nice(this.threads));
		return new Watched<>(result, usage, stolen(cpuBefore));
	}

	/**
	 * The share of the CPU time since {@code cpuBefore} that the hypervisor gave to other
	 * machines, or {@code null} without {@code /proc/stat}.
	 */
	private static Double stolen(String cpuBefore) {
		String cpuAfter = QuietMachine.cpuLine();
		return (cpuBefore != null && cpuAfter != null) ? QuietMachine.stolenShare(cpuBefore, cpuAfter) : null;
	}

	private static void joinQuietly(Thread sampler) {
		try {
			sampler.join(TimeUnit.SECONDS.toMillis(5));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * The most CPU time taken within any {@code window} nanoseconds, from {@code n}
	 * samples of a running total ({@code used}) at {@code times}.
	 */
	static long mostWithin(long[] times, long[] used, int n, long window) {
		long most = 0;
		int first = 0;
		for (int last = 1; last < n; last++) {
			while (times[last] - times[first] > window) {
				first++;
			}
			most = Math.max(most, used[last] - used[first]);
		}
		return most;
	}

	/**
	 * The summed run time (first field of {@code schedstat}, nanoseconds) of the threads.
	 */
	static long runNanos(List<Path> threads) {
		long total = 0;
		for (Path thread : threads) {
			try {
				String schedstat = Files.readString(thread.resolve("schedstat"));
				total += Long.parseLong(schedstat.substring(0, schedstat.indexOf(' ')));
			}
			catch (IOException | RuntimeException ex) {
				// the thread ended
			}
		}
		return total;
	}

	/** The nice value of the first thread (field 19 of {@code stat}), or {@code null}. */
	static Integer nice(List<Path> threads) {
		for (Path thread : threads) {
			try {
				// nice is field 19
				return Integer.valueOf(ProcessCpu.fieldsAfterName(Files.readString(thread.resolve("stat")))[16]);
			}
			catch (IOException | RuntimeException ex) {
				// the thread ended: try the next
			}
		}
		return null;
	}

	/**
	 * What a phase returned, what the monitor took meanwhile ({@code null}: none), and
	 * the share of the machine's CPU time the hypervisor gave to other machines ("steal",
	 * {@code null}: not known). Machines of the same kind ran the same code at CPU costs
	 * a factor of two apart (docs/performance.md, sessions 20 and 21); the steal share is
	 * one thing that tells them apart.
	 */
	record Watched<T>(T result, Usage usage, Double stolen) {

		String describe() {
			String monitor = (this.usage != null) ? this.usage.describe() : "no kdamond found";
			return (this.stolen != null)
					? String.format("%s; %.1f %% of the CPU time stolen by the hypervisor", monitor, 100 * this.stolen)
					: monitor;
		}

	}

	/**
	 * CPU time the monitor used over a phase, and the most of it within any
	 * {@link #WINDOW}.
	 */
	record Usage(Duration cpu, Duration over, Duration mostInOneWindow, Integer nice) {

		String describe() {
			double share = (this.over.isZero()) ? 0 : 100.0 * this.cpu.toNanos() / this.over.toNanos();
			return String.format(
					"kdamond (nice %s) used %.0f ms of CPU (%.1f %% of a core), up to %.1f ms within %d ms",
					(this.nice != null) ? this.nice : "?", this.cpu.toNanos() / 1e6, share,
					this.mostInOneWindow.toNanos() / 1e6, WINDOW.toMillis());
		}

	}

}
