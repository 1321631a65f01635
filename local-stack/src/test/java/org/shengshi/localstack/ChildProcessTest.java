package org.shengshi.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ChildProcessTest {

	@TempDir
	Path dir;

	@Test
	void closingStopsTheProcessAndTheProcessesItStarted() {
		// like kc.sh: a shell that runs the real server in the background and waits for
		// it
		ChildProcess process = ChildProcess.start("shell", List.of("bash", "-c", "sleep 300 & echo started; wait"),
				Map.of(), this.dir, this.dir.resolve("logs/shell.log"));
		List<ProcessHandle> descendants = awaitDescendants(process);

		process.close();

		assertThat(process.isAlive()).isFalse();
		assertThat(descendants).isNotEmpty().noneMatch(ProcessHandle::isAlive);
	}

	@Test
	void afterAStopRequestClosingStillWaitsForAChildThatOutlivesItsParent() {
		// like kc.sh and Keycloak: the shell ends at once on TERM, its server needs a
		// moment to shut down and is then no longer the shell's descendant
		ChildProcess process = ChildProcess.start("shell",
				List.of("bash", "-c",
						"bash -c 'trap \"sleep 1; exit 0\" TERM; while true; do sleep 0.1; done' & echo started; wait"),
				Map.of(), this.dir, this.dir.resolve("logs/slow.log"));
		List<ProcessHandle> descendants = awaitDescendants(process);

		process.requestStop();
		process.close();

		assertThat(process.isAlive()).isFalse();
		assertThat(descendants).isNotEmpty().noneMatch(ProcessHandle::isAlive);
	}

	@Test
	void killingEndsTheProcessAndItsChildrenAtOnceWithoutReportingAnUnexpectedExit() throws Exception {
		ChildProcess process = ChildProcess.start("shell", List.of("bash", "-c", "sleep 300 & echo started; wait"),
				Map.of(), this.dir, this.dir.resolve("logs/killed.log"));
		List<ProcessHandle> descendants = awaitDescendants(process);
		java.util.concurrent.atomic.AtomicBoolean reported = new java.util.concurrent.atomic.AtomicBoolean();
		process.onUnexpectedExit(() -> reported.set(true));

		process.kill();
		process.process().onExit().get(10, java.util.concurrent.TimeUnit.SECONDS);

		assertThat(process.exitCode()).isEqualTo(137);
		assertThat(descendants).noneMatch(ProcessHandle::isAlive);
		assertThat(reported).isFalse();
	}

	@Test
	void aCtrlCOrTermThatReachedEveryChildIsToldApartFromACrash() {
		assertThat(ChildProcess.endedBySignalToAll(130)).isTrue();
		assertThat(ChildProcess.endedBySignalToAll(143)).isTrue();
		assertThat(ChildProcess.endedBySignalToAll(1)).isFalse();
		assertThat(ChildProcess.endedBySignalToAll(137)).isFalse();
	}

	@Test
	void outputGoesToTheLogFileAndThePreviousRunIsKept() throws IOException {
		Path log = this.dir.resolve("logs/echo.log");
		run(List.of("bash", "-c", "echo first run"), log);
		run(List.of("bash", "-c", "echo second run; echo line two"), log);

		assertThat(Files.readString(log)).isEqualTo("second run\nline two\n");
		assertThat(Files.readString(this.dir.resolve("logs/echo.log.previous"))).isEqualTo("first run\n");
	}

	@Test
	void theEnvironmentIsPassedToTheChild() throws IOException {
		Path log = this.dir.resolve("env.log");
		ChildProcess process = ChildProcess.start("env", List.of("bash", "-c", "echo $SHENGSHI_PROBE"),
				Map.of("SHENGSHI_PROBE", "hello"), this.dir, log);
		process.process().onExit().join();

		assertThat(Files.readString(log)).isEqualTo("hello\n");
		assertThat(process.logTail(5)).containsExactly("hello");
	}

	private void run(List<String> command, Path log) {
		ChildProcess process = ChildProcess.start("echo", command, Map.of(), this.dir, log);
		process.process().onExit().join();
	}

	private static List<ProcessHandle> awaitDescendants(ChildProcess process) {
		for (int attempt = 0; attempt < 100; attempt++) {
			List<ProcessHandle> descendants = process.process().descendants().toList();
			if (!descendants.isEmpty()) {
				return descendants;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return List.of();
	}

}
