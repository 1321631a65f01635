package org.shengshi.localstack;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * A started local stack: its URLs, and {@link #close()} that stops everything it started,
 * in reverse order, leaving no process behind.
 */
public final class RunningStack implements AutoCloseable {

	/** The component name of the WireMock sandboxes. */
	static final String SANDBOXES = "WireMock sandboxes";

	private final StackConfig config;

	private final PrintStream out;

	private final Deque<Component> started = new ArrayDeque<>();

	private final CountDownLatch closedLatch = new CountDownLatch(1);

	private final Thread shutdownHook = new Thread(this::close, "local-stack-shutdown");

	private boolean closed;

	private volatile boolean up;

	RunningStack(StackConfig config, PrintStream out) {
		this.config = config;
		this.out = out;
		Runtime.getRuntime().addShutdownHook(this.shutdownHook);
	}

	/**
	 * Fault injection for tests (kill and restart a service, stop and start Redis).
	 */
	public StackFaults faults() {
		return new StackFaults(this);
	}

	/**
	 * The WeChat Pay sandbox's trades, where a test plays the payer (pays, and gets the
	 * notification the channel would send).
	 */
	public WechatPayDesk wechatPay() {
		return component(SANDBOXES, Sandboxes.class).wechatPay();
	}

	/**
	 * The most recently started component of that name.
	 */
	synchronized <T> T component(String name, Class<T> type) {
		for (Component component : this.started) {
			if (component.name().equals(name) && type.isInstance(component.resource())) {
				return type.cast(component.resource());
			}
		}
		throw new IllegalArgumentException("No " + name + " in this stack");
	}

	PrintStream out() {
		return this.out;
	}

	public StackConfig config() {
		return this.config;
	}

	public String gatewayUrl() {
		return this.config.serviceUrl(PlatformService.GATEWAY);
	}

	public String serviceUrl(PlatformService service) {
		return this.config.serviceUrl(service);
	}

	public String keycloakUrl() {
		return this.config.keycloakUrl();
	}

	public String issuerUri() {
		return this.config.issuerUri();
	}

	public String tokenUri() {
		return this.config.issuerUri() + "/protocol/openid-connect/token";
	}

	public String sandboxUrl(Sandbox sandbox) {
		return this.config.sandboxUrl(sandbox);
	}

	public String jdbcUrl(String database) {
		return this.config.jdbcUrl(database);
	}

	public int redisPort() {
		return this.config.redisPort();
	}

	/**
	 * Records something started; if the stack is already closing (Ctrl-C during start) it
	 * is stopped at once.
	 */
	synchronized <T extends AutoCloseable> T add(String name, T resource) {
		if (this.closed) {
			stop(new Component(name, resource));
			throw new StackStartException("Stopped while starting");
		}
		this.started.push(new Component(name, resource));
		if (resource instanceof ChildProcess process) {
			process.onUnexpectedExit(() -> {
				// 130 and 143: the terminal's Ctrl-C (or a TERM) reached the child too;
				// the stack is stopping, which it reports itself
				if (this.up && !ChildProcess.endedBySignalToAll(process.exitCode())) {
					this.out.println(name + " stopped unexpectedly (exit code " + process.exitCode() + "): see "
							+ process.logFile());
				}
			});
		}
		return resource;
	}

	/**
	 * Everything is up: from now on a child process that dies is reported.
	 */
	void markUp() {
		this.up = true;
	}

	synchronized boolean isClosed() {
		return this.closed;
	}

	/**
	 * Blocks until {@link #close()} has finished (e.g. after Ctrl-C).
	 */
	public void awaitClose() throws InterruptedException {
		this.closedLatch.await();
	}

	@Override
	public void close() {
		synchronized (this) {
			if (this.closed) {
				return;
			}
			this.closed = true;
			if (!this.started.isEmpty()) {
				this.out.println("Stopping the local stack ...");
			}
			// every child process first gets its TERM, so they stop in parallel; then
			// each is
			// awaited in reverse start order (the servers last)
			this.started.forEach((component) -> {
				if (component.resource() instanceof ChildProcess process) {
					process.requestStop();
				}
			});
			while (!this.started.isEmpty()) {
				stop(this.started.pop());
			}
		}
		removeShutdownHook();
		this.closedLatch.countDown();
	}

	private void stop(Component component) {
		long start = System.nanoTime();
		try {
			component.resource().close();
			this.out.printf(Locale.ROOT, "  stopped %s (%.1f s)%n", component.name(),
					(System.nanoTime() - start) / 1e9);
		}
		catch (Exception ex) {
			this.out.println("  could not stop " + component.name() + " cleanly: " + ex.getMessage());
		}
	}

	private void removeShutdownHook() {
		if (Thread.currentThread() == this.shutdownHook) {
			return;
		}
		try {
			Runtime.getRuntime().removeShutdownHook(this.shutdownHook);
		}
		catch (IllegalStateException ex) {
			// the JVM is already shutting down: the hook finds the stack closed
		}
	}

	private record Component(String name, AutoCloseable resource) {
	}

}
