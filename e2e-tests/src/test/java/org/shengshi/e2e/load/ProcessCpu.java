package org.shengshi.e2e.load;

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
	 * The running processes of these services (by jar name); absent ones are left out.
	 */
	static ProcessCpu of(String... services) {
		Map<String, ProcessHandle> found = new LinkedHashMap<>();
		for (String service : services) {
			ProcessHandle.allProcesses()
				.filter((process) -> process.info()
					.commandLine()
					.filter((command) -> command.contains("/" + service + ".jar"))
					.isPresent())
				.findFirst()
				.ifPresent((process) -> found.put(service, process));
		}
		return new ProcessCpu(found);
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
		snapshot().forEach((service, now) -> {
			Duration earlier = before.get(service);
			if (earlier != null && phase.count() > 0) {
				line.append(String.format("%s%s %.2f ms", line.isEmpty() ? "" : ", ", service,
						(now.toNanos() - earlier.toNanos()) / 1e6 / phase.count()));
			}
		});
		return line.isEmpty() ? "processes not found" : line.toString();
	}

	private static Optional<Duration> cpu(ProcessHandle process) {
		return process.info().totalCpuDuration();
	}

}
