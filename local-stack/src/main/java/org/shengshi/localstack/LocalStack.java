package org.shengshi.localstack;

import java.io.PrintStream;

/**
 * Runs the whole Shengshi platform on one machine: real MariaDB, Redis and Keycloak,
 * WireMock sandboxes of the external systems, and the six service jars as child
 * processes.
 * <p>
 * {@code main} is what {@code ./shengshi} runs; {@link #start(StackConfig)} is the same
 * for tests (e2e-tests), returning a handle whose {@code close()} stops everything.
 */
public final class LocalStack {

	private LocalStack() {
	}

	public static void main(String[] args) {
		PrintStream out = System.out;
		try {
			StackConfig config = StackConfig.fromEnvironment(System.getenv(), RepoRoot.locate());
			LauncherLogging.sendTo(config.logDir().resolve("local-stack.log"));
			out.println("Shengshi local stack: data in " + config.dataDir() + ", logs in " + config.logDir());
			RunningStack stack = start(config, out);
			StackPrinter.print(stack, out);
			stack.awaitClose();
		}
		catch (StackStartException ex) {
			System.err.println(ex.getMessage());
			System.exit(1);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * Starts the stack described by {@code config}, printing progress to standard output.
	 * @throws StackStartException with a one-line reason if anything fails to start;
	 * whatever had started is stopped again
	 */
	public static RunningStack start(StackConfig config) {
		return start(config, System.out);
	}

	public static RunningStack start(StackConfig config, PrintStream out) {
		Prerequisites.check(config);
		PortCheck.requireFree(config.namedPorts());
		RunningStack stack = new RunningStack(config, out);
		try {
			new StackStarter(config, stack, out).run();
			stack.markUp();
			return stack;
		}
		catch (RuntimeException ex) {
			stack.close();
			throw ex;
		}
	}

}
