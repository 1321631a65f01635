package org.shengshi.e2e.load;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * CPU time used by the stack's processes during a phase, found by the jar in their
 * command line: CPU per request is steadier than throughput when the driver and seven
 * JVMs share two cores (docs/performance.md).
 */
final class ProcessCpu {

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

	private static Optional<Duration> cpu(ProcessHandle process) {
		return process.info().totalCpuDuration();
	}

}
