package org.shengshi.e2e.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Waits, before a measured phase, until the machine's cores are idle again. Keycloak
 * spends up to a second of CPU shortly after answering a password grant (0.85 s of CPU
 * starting about 0.6 s after the answer, docs/performance.md session 16); a phase started
 * right after renewing its token measured that burst in its first second. Reads the
 * machine's {@code cpu} line of {@code /proc/stat} (Linux; elsewhere it waits only the
 * first pause).
 */
final class QuietMachine {

	/**
	 * The burst begins a little after the grant's answer: never stop waiting before it.
	 */
	private static final Duration FIRST_PAUSE = Duration.ofMillis(1500);

	private static final Duration WINDOW = Duration.ofMillis(250);

	/**
	 * Four quiet windows in a row: one second in which the cores were at least 85 % idle.
	 */
	private static final int QUIET_WINDOWS = 4;

	private static final double QUIET_IDLE_SHARE = 0.85;

	private static final Duration AT_MOST = Duration.ofSeconds(15);

	private static final Path STAT = Path.of("/proc/stat");

	// positions in the cpu line after its name
	private static final int IDLE = 3;

	private static final int IOWAIT = 4;

	private static final int STEAL = 7;

	private QuietMachine() {
	}

	/** Waits; returns how long it waited (about 15 s at most). */
	static Duration await() {
		long started = System.nanoTime();
		sleep(FIRST_PAUSE);
		int quiet = 0;
		String before = cpuLine();
		while (quiet < QUIET_WINDOWS && System.nanoTime() - started < AT_MOST.toNanos() && before != null) {
			sleep(WINDOW);
			String after = cpuLine();
			double idle = (after != null) ? idleShare(before, after) : Double.NaN;
			quiet = (idle >= QUIET_IDLE_SHARE) ? quiet + 1 : 0;
			before = after;
		}
		return Duration.ofNanos(System.nanoTime() - started);
	}

	/**
	 * The share of the time between two readings of the {@code cpu} line of
	 * {@code /proc/stat} that the cores spent idle or waiting for I/O (all of it when no
	 * tick passed).
	 */
	static double idleShare(String before, String after) {
		return share(before, after, 1.0, IDLE, IOWAIT);
	}

	/**
	 * The share of the time between two readings of the {@code cpu} line of
	 * {@code /proc/stat} that the hypervisor gave the cores to other machines ("steal"):
	 * on a shared virtual machine, CPU the platform waited for without using it.
	 */
	static double stolenShare(String before, String after) {
		return share(before, after, 0.0, STEAL);
	}

	private static double share(String before, String after, double whenNoTicks, int... fields) {
		long[] first = ticks(before);
		long[] second = ticks(after);
		long total = 0;
		for (int i = 0; i < first.length && i < second.length; i++) {
			total += second[i] - first[i];
		}
		long counted = 0;
		for (int field : fields) {
			counted += second[field] - first[field];
		}
		return (total > 0) ? (double) counted / total : whenNoTicks;
	}

	/** user, nice, system, idle, iowait, irq, softirq, steal (guest time is in user). */
	private static long[] ticks(String cpuLine) {
		String[] fields = cpuLine.trim().split("\\s+");
		long[] ticks = new long[8];
		for (int i = 0; i < ticks.length && i + 1 < fields.length; i++) {
			ticks[i] = Long.parseLong(fields[i + 1]);
		}
		return ticks;
	}

	/**
	 * The {@code cpu} line of {@code /proc/stat}, or {@code null} where there is none.
	 */
	static String cpuLine() {
		try {
			for (String line : Files.readAllLines(STAT)) {
				if (line.startsWith("cpu ")) {
					return line;
				}
			}
		}
		catch (IOException ex) {
			// not Linux
		}
		return null;
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
