package org.shengshi.e2e;

import java.nio.file.Path;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.shengshi.localstack.LocalStack;
import org.shengshi.localstack.RepoRoot;
import org.shengshi.localstack.RunningStack;
import org.shengshi.localstack.StackConfig;

/**
 * Starts the whole local stack once for all e2e test classes, on a port offset (system
 * property {@code e2e.portOffset}, default 20000) and a fresh work dir under
 * {@code target/}, and stops it when the test run ends, whether the tests passed or not.
 * A stack that failed to start is not retried for every class: its error is reported
 * again.
 */
public final class LocalStackExtension implements BeforeAllCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(LocalStackExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		started(context);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		Class<?> type = parameter.getParameter().getType();
		return type == RunningStack.class || type == Platform.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		StartedStack started = started(context);
		if (parameter.getParameter().getType() == RunningStack.class && started.stack() == null) {
			throw new IllegalStateException("this test injects faults: it cannot run on an attached stack");
		}
		return (parameter.getParameter().getType() == RunningStack.class) ? started.stack() : started.platform();
	}

	private static StartedStack started(ExtensionContext context) {
		ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
		StartedStack started = store.computeIfAbsent(StartedStack.class, (key) -> StartedStack.start(),
				StartedStack.class);
		if (started.failure() != null) {
			throw started.failure();
		}
		return started;
	}

	/**
	 * The stack of this test run, closed by JUnit when the root context closes (end of
	 * the run).
	 */
	private record StartedStack(RunningStack stack, Platform platform,
			RuntimeException failure) implements AutoCloseable {

		static StartedStack start() {
			String attach = System.getProperty("e2e.attachToDataDir", "");
			if (!attach.isBlank()) {
				return attach(Path.of(attach));
			}
			int offset = Integer.getInteger("e2e.portOffset", 20000);
			Path workDir = Path.of(System.getProperty("e2e.workDir", "target/e2e-stack"));
			try {
				WorkDir.recreate(workDir);
				StackConfig config = StackConfig.fromEnvironment(System.getenv(), RepoRoot.locate())
					.withPortOffset(offset)
					.withWorkDir(workDir);
				RunningStack stack = LocalStack.start(config);
				return new StartedStack(stack, new Platform(stack.config()), null);
			}
			catch (RuntimeException ex) {
				return new StartedStack(null, null, ex);
			}
		}

		/**
		 * Uses a stack already running (started with {@code ./shengshi} on
		 * {@code e2e.portOffset} with that data folder) instead of starting one: for
		 * working on journeys. Tests that need a {@link RunningStack} (fault injection)
		 * cannot run this way.
		 */
		private static StartedStack attach(Path dataDir) {
			StackConfig config = StackConfig.fromEnvironment(System.getenv(), RepoRoot.locate())
				.withPortOffset(Integer.getInteger("e2e.portOffset", 20000))
				.withWorkDir(dataDir);
			return new StartedStack(null, new Platform(config), null);
		}

		@Override
		public void close() {
			if (this.stack != null) {
				this.stack.close();
			}
		}

	}

}
