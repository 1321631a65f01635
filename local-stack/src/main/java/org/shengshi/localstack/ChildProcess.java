package org.shengshi.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A process the stack started (a service jar, Keycloak's kc.sh), its output in one log
 * file. Stopping it also stops its descendants, such as the JVM that kc.sh runs.
 */
final class ChildProcess implements AutoCloseable {

	private static final long GRACE_SECONDS = 30;

	private static final long FORCE_SECONDS = 10;

	private final String name;

	private final Process process;

	private final Path logFile;

	private volatile boolean stopping;

	private volatile List<ProcessHandle> familyAtStop;

	private ChildProcess(String name, Process process, Path logFile) {
		this.name = name;
		this.process = process;
		this.logFile = logFile;
	}

	static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path workDir,
			Path logFile) {
		try {
			Files.createDirectories(logFile.getParent());
			if (Files.exists(logFile)) {
				Path previous = logFile.resolveSibling(logFile.getFileName() + ".previous");
				Files.move(logFile, previous, StandardCopyOption.REPLACE_EXISTING);
			}
			ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()))
				.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
			builder.environment().putAll(environment);
			return new ChildProcess(name, builder.start(), logFile);
		}
		catch (IOException ex) {
			throw new StackStartException("Could not start " + name + ": " + ex.getMessage(), ex);
		}
	}

	String name() {
		return this.name;
	}

	Path logFile() {
		return this.logFile;
	}

	Process process() {
		return this.process;
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	int exitCode() {
		return this.process.exitValue();
	}

	/**
	 * Whether an exit code says the process was ended by SIGINT or SIGTERM (128 +
	 * signal), which a Ctrl-C in the terminal sends to the whole process group at once.
	 */
	static boolean endedBySignalToAll(int exitCode) {
		return exitCode == 130 || exitCode == 143;
	}

	/**
	 * Runs {@code action} if the process ends without {@link #close()} being called.
	 */
	void onUnexpectedExit(Runnable action) {
		this.process.onExit().thenRun(() -> {
			if (!this.stopping) {
				action.run();
			}
		});
	}

	/**
	 * The last lines of the log, to show next to a start failure.
	 */
	List<String> logTail(int lines) {
		try {
			List<String> all = Files.readAllLines(this.logFile, StandardCharsets.UTF_8);
			return all.subList(Math.max(0, all.size() - lines), all.size());
		}
		catch (IOException | UncheckedIOException ex) {
			return List.of();
		}
	}

	/**
	 * SIGKILL at once, as a crash or an out-of-memory kill would end it (fault tests).
	 */
	void kill() {
		this.stopping = true;
		List<ProcessHandle> family = this.process.descendants().toList();
		forceIfAlive(this.process.toHandle());
		family.forEach(ChildProcess::forceIfAlive);
	}

	/**
	 * SIGTERM to the process and its descendants without waiting, so that several
	 * children stop in parallel; {@link #close()} then waits.
	 */
	void requestStop() {
		this.stopping = true;
		// remembered: once the parent (e.g. kc.sh) is gone, its children are no longer
		// its
		// descendants, and close() must still wait for them
		this.familyAtStop = this.process.descendants().toList();
		this.familyAtStop.forEach(ProcessHandle::destroy);
		this.process.destroy();
	}

	/**
	 * SIGTERM to the process and its descendants, then SIGKILL to whatever is still alive
	 * after the grace period.
	 */
	@Override
	public void close() {
		this.stopping = true;
		List<ProcessHandle> family = new ArrayList<>(this.process.descendants().toList());
		if (this.familyAtStop != null) {
			this.familyAtStop.stream().filter((handle) -> !family.contains(handle)).forEach(family::add);
		}
		this.process.destroy();
		family.forEach(ProcessHandle::destroy);
		awaitExit(this.process.toHandle(), GRACE_SECONDS);
		family.forEach((handle) -> awaitExit(handle, 5));
		forceIfAlive(this.process.toHandle());
		family.forEach(ChildProcess::forceIfAlive);
	}

	private static void forceIfAlive(ProcessHandle handle) {
		if (handle.isAlive()) {
			handle.destroyForcibly();
			awaitExit(handle, FORCE_SECONDS);
		}
	}

	private static void awaitExit(ProcessHandle handle, long seconds) {
		try {
			handle.onExit().get(seconds, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Exception ex) {
			// still alive after the wait: the caller decides what to do
		}
	}

}
