package org.shengshi.e2e.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CPU time used by the stack's processes during a phase, found by the jar in their
 * command line: CPU per request is steadier than throughput when the driver and seven
 * JVMs share two cores (docs/performance.md).
 */
final class ProcessCpu {

	/** The value of {@code getconf CLK_TCK} on the machines this runs on. */
	private static final int TICKS_PER_SECOND = 100;

	private final Map<String, ProcessHandle> processes;

	private ProcessCpu(Map<String, ProcessHandle> processes) {
		this.processes = processes;
	}

	/**
	 * The running processes of these services, found by jar name ({@code gateway} runs
	 * {@code …/gateway.jar}) or by executable name ({@code redis-server} runs
	 * {@code …/redis-server-6.2.6-…}); absent ones are left out.
	 */
	static ProcessCpu of(String... services) {
		Map<String, ProcessHandle> found = new LinkedHashMap<>();
		for (String service : services) {
			ProcessHandle.allProcesses()
				.filter((process) -> runs(process, service))
				.findFirst()
				.ifPresent((process) -> found.put(service, process));
		}
		return new ProcessCpu(found);
	}

	private static boolean runs(ProcessHandle process, String service) {
		ProcessHandle.Info info = process.info();
		boolean jar = info.commandLine().filter((command) -> command.contains("/" + service + ".jar")).isPresent();
		boolean executable = info.command()
			.map((command) -> Path.of(command).getFileName().toString())
			.filter((name) -> name.equals(service) || name.startsWith(service + "-"))
			.isPresent();
		return jar || executable;
	}

	/** CPU time of each process so far. */
	Map<String, Duration> snapshot() {
		Map<String, Duration> used = new LinkedHashMap<>();
		this.processes.forEach((service, process) -> cpu(process).ifPresent((cpu) -> used.put(service, cpu)));
		return used;
	}

	/** CPU milliseconds per request of each process since {@code before}. */
	String perRequest(Map<String, Duration> before, Stats phase) {
		StringBuilder line = new StringBuilder();
		if (phase.count() > 0) {
			usedSince(before).forEach((service, used) -> line.append(String.format("%s%s %.2f ms",
					line.isEmpty() ? "" : ", ", service, used.toNanos() / 1e6 / phase.count())));
		}
		return line.isEmpty() ? "processes not found" : line.toString();
	}

	/**
	 * CPU milliseconds per request of all the processes together since {@code before}
	 * (NaN when none was found or nothing was answered).
	 */
	double totalPerRequest(Map<String, Duration> before, Stats phase) {
		Map<String, Duration> used = usedSince(before);
		long nanos = used.values().stream().mapToLong(Duration::toNanos).sum();
		return (!used.isEmpty() && phase.count() > 0) ? nanos / 1e6 / phase.count() : Double.NaN;
	}

	/** CPU time each process used since {@code before} (processes found in both). */
	private Map<String, Duration> usedSince(Map<String, Duration> before) {
		Map<String, Duration> used = new LinkedHashMap<>();
		snapshot().forEach((service, now) -> {
			Duration earlier = before.get(service);
			if (earlier != null) {
				used.put(service, now.minus(earlier));
			}
		});
		return used;
	}

	/**
	 * CPU time the JIT compilers' threads ({@code C1 CompilerThread…},
	 * {@code C2 CompilerThread…}) of all the processes used so far, from
	 * {@code /proc/<pid>/task/<tid>/stat} (Linux; zero elsewhere), at the kernel's clock
	 * tick of {@value #TICKS_PER_SECOND} per second.
	 */
	Duration compilers() {
		long ticks = 0;
		for (ProcessHandle process : this.processes.values()) {
			ticks += compilerTicks(Path.of("/proc", Long.toString(process.pid()), "task"));
		}
		return Duration.ofMillis(ticks * 1000 / TICKS_PER_SECOND);
	}

	/**
	 * User and system ticks of the compiler threads among the tasks under {@code tasks}.
	 */
	static long compilerTicks(Path tasks) {
		long ticks = 0;
		try (Stream<Path> threads = Files.list(tasks)) {
			for (Path thread : (Iterable<Path>) threads::iterator) {
				ticks += compilerTicksOf(thread.resolve("stat"));
			}
		}
		catch (IOException | RuntimeException ex) {
			// the process ended, or this is not Linux
		}
		return ticks;
	}

	private static long compilerTicksOf(Path stat) {
		try {
			String line = Files.readString(stat);
			int open = line.indexOf('(');
			int close = line.lastIndexOf(')');
			String name = line.substring(open + 1, close);
			if (!name.startsWith("C1 CompilerThre") && !name.startsWith("C2 CompilerThre")) {
				return 0;
			}
			// utime and stime are fields 14 and 15
			String[] fields = fieldsAfterName(line);
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (IOException | RuntimeException ex) {
			// the thread ended between listing and reading
			return 0;
		}
	}

	/**
	 * The fields of a {@code /proc/<pid>/stat} line after the name (which may hold spaces
	 * and parentheses): element {@code n - 3} is field {@code n}, so element 0 is field
	 * 3, the state.
	 */
	static String[] fieldsAfterName(String stat) {
		return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
	}

	private static Optional<Duration> cpu(ProcessHandle process) {
		return process.info().totalCpuDuration();
	}

}
