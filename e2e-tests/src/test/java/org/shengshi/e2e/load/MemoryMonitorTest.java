package org.shengshi.e2e.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class MemoryMonitorTest {

	@Test
	void findsTheKdamondThreadsOnly(@TempDir Path proc) throws IOException {
		Path monitor = process(proc, "78", "kdamond.0", 0, 19);
		process(proc, "1234", "java", 0, 0);
		process(proc, "1235", "kswapd0", 0, 0);
		Files.createDirectories(proc.resolve("self"));
		Files.writeString(Files.createDirectories(proc.resolve("sys")).resolve("comm"), "kdamond.9\n");

		assertThat(MemoryMonitor.threadsUnder(proc)).containsExactly(monitor);
	}

	@Test
	void readsRunTimeAndNice(@TempDir Path proc) throws IOException {
		Path first = process(proc, "78", "kdamond.0", 1_500_000, 19);
		Path second = process(proc, "79", "kdamond.1", 250_000, 0);

		assertThat(MemoryMonitor.runNanos(List.of(first, second))).isEqualTo(1_750_000);
		assertThat(MemoryMonitor.nice(List.of(first, second))).isEqualTo(19);
		assertThat(MemoryMonitor.runNanos(List.of(proc.resolve("80")))).isZero();
		assertThat(MemoryMonitor.nice(List.of(proc.resolve("80")))).isNull();
	}

	@Test
	void theMostWithinAWindowSlidesOverTheSamples() {
		long ms = 1_000_000;
		// 2 ms samples of a running total: 6 ms taken between 10 and 14 ms, 20 ms between
		// 60 and 80 ms
		long[] times = { 0, 10 * ms, 12 * ms, 14 * ms, 60 * ms, 70 * ms, 80 * ms, 200 * ms };
		long[] used = { 0, 0, 3 * ms, 6 * ms, 6 * ms, 16 * ms, 26 * ms, 27 * ms };

		assertThat(MemoryMonitor.mostWithin(times, used, times.length, 50 * ms)).isEqualTo(20 * ms);
		assertThat(MemoryMonitor.mostWithin(times, used, times.length, 5 * ms)).isEqualTo(6 * ms);
		assertThat(MemoryMonitor.mostWithin(times, used, times.length, 500 * ms)).isEqualTo(27 * ms);
		assertThat(MemoryMonitor.mostWithin(times, used, 1, 50 * ms)).isZero();
	}

	@Test
	void reportsWhatTheMonitorTookWhileThePhaseRan(@TempDir Path proc) throws IOException {
		Path thread = process(proc, "78", "kdamond.0", 1_000_000, 0);

		MemoryMonitor.Watched<String> watched = MemoryMonitor.of(List.of(thread)).during(() -> {
			pause(200);
			writeSchedstat(thread, 31_000_000);
			pause(200);
			return "done";
		});

		assertThat(watched.result()).isEqualTo("done");
		assertThat(watched.usage().cpu()).isEqualTo(Duration.ofMillis(30));
		assertThat(watched.usage().mostInOneWindow()).isEqualTo(Duration.ofMillis(30));
		assertThat(watched.usage().over()).isGreaterThan(Duration.ofMillis(350));
		assertThat(watched.describe()).startsWith("kdamond (nice 0) used 30 ms of CPU (")
			.contains("up to 30.0 ms within 50 ms");
		if (QuietMachine.cpuLine() != null) {
			assertThat(watched.stolen()).isBetween(0.0, 1.0);
			assertThat(watched.describe()).endsWith(" % of the CPU time stolen by the hypervisor");
		}
	}

	@Test
	void aMachineWithoutTheMonitorRunsThePhaseAndSaysSo() {
		MemoryMonitor.Watched<Integer> watched = MemoryMonitor.of(List.of()).during(() -> 7);

		assertThat(watched.result()).isEqualTo(7);
		assertThat(watched.usage()).isNull();
		assertThat(watched.describe()).startsWith("no kdamond found");
	}

	@Test
	void describesTheStolenShareWhenItIsKnown() {
		assertThat(new MemoryMonitor.Watched<>(7, null, 0.123).describe())
			.isEqualTo("no kdamond found; 12.3 % of the CPU time stolen by the hypervisor");
		assertThat(new MemoryMonitor.Watched<>(7, null, null).describe()).isEqualTo("no kdamond found");
	}

	private static Path process(Path proc, String pid, String name, long runNanos, int nice) throws IOException {
		Path dir = Files.createDirectories(proc.resolve(pid));
		Files.writeString(dir.resolve("comm"), name + "\n");
		writeSchedstat(dir, runNanos);
		// the layout of /proc/<pid>/stat: nice is field 19
		Files.writeString(dir.resolve("stat"), pid + " (" + name + ") S 2 0 0 0 -1 2129984 0 0 0 0 50 900 0 0 "
				+ (20 + nice) + " " + nice + " 1 0 120 0 0 18446744073709551615 0 0 0 0 0 0 0 2147483647 0 0 0 0 1");
		return dir;
	}

	private static void writeSchedstat(Path dir, long runNanos) {
		try {
			// replaced whole, as the kernel's file is read whole: the sampler never sees
			// it half-written
			Path written = Files.writeString(dir.resolve("schedstat.new"), runNanos + " 871190059821 697636\n");
			Files.move(written, dir.resolve("schedstat"), StandardCopyOption.REPLACE_EXISTING,
					StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
