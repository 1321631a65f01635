package org.shengshi.localstack;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Starts the components in order, one numbered progress line each, registering every
 * started component with the {@link RunningStack} before waiting on it.
 */
final class StackStarter {

	private static final int INFRASTRUCTURE_STEPS = 4;

	private final StackConfig config;

	private final RunningStack stack;

	private final Progress progress;

	StackStarter(StackConfig config, RunningStack stack, PrintStream out) {
		this.config = config;
		this.stack = stack;
		this.progress = new Progress(out, INFRASTRUCTURE_STEPS + config.services().size());
	}

	void run() {
		startMariaDb();
		startRedis();
		startKeycloak();
		startSandboxes();
		DevSecrets secrets = DevSecrets.loadOrCreate(this.config.dataDir());
		for (PlatformService service : this.config.services()) {
			startService(service, secrets);
		}
	}

	private void startMariaDb() {
		Progress.Step step = this.progress.begin("Starting MariaDB on 127.0.0.1:" + this.config.mariaDbPort());
		try {
			MariaDbServer mariaDb = this.stack.add("MariaDB",
					MariaDbServer.start(this.config.dataDir(), this.config.mariaDbPort()));
			List<String> databases = Arrays.stream(PlatformService.values())
				.map(PlatformService::database)
				.filter(Objects::nonNull)
				.toList();
			mariaDb.createDatabases(databases);
			step.ok(databases.size() + " databases");
		}
		catch (RuntimeException ex) {
			throw failed(step, ex);
		}
	}

	private void startRedis() {
		Progress.Step step = this.progress.begin("Starting Redis on 127.0.0.1:" + this.config.redisPort());
		run(step,
				() -> this.stack.add("Redis", LocalRedisServer.start(this.config.dataDir(), this.config.redisPort())));
	}

	private void startKeycloak() {
		Progress.Step step = this.progress
			.begin("Starting Keycloak on 127.0.0.1:" + this.config.keycloakPort() + " (first start takes a minute)");
		run(step, () -> KeycloakServer.start(this.config, this.stack, step));
	}

	private void startSandboxes() {
		Progress.Step step = this.progress
			.begin("Starting " + Sandbox.values().length + " WireMock sandboxes on 127.0.0.1:"
					+ this.config.port(Sandbox.SMS) + "-" + this.config.port(Sandbox.UNIONPAY));
		run(step, () -> this.stack.add(RunningStack.SANDBOXES, Sandboxes.start(this.config::port,
				this.config.logDir().resolve("sandboxes.log"), WechatPayDevKeys.loadOrCreate(this.config.dataDir()))));
	}

	private void startService(PlatformService service, DevSecrets secrets) {
		Progress.Step step = this.progress
			.begin("Starting " + service.module() + " on 127.0.0.1:" + this.config.port(service));
		run(step, () -> ServiceLauncher.start(service, this.config, secrets, this.stack, step));
	}

	private void run(Progress.Step step, Runnable action) {
		try {
			action.run();
			step.ok();
		}
		catch (RuntimeException ex) {
			throw failed(step, ex);
		}
	}

	/**
	 * Marks the step failed, or stopped when the stack was closed under it (Ctrl-C while
	 * starting).
	 */
	private RuntimeException failed(Progress.Step step, RuntimeException ex) {
		if (this.stack.isClosed()) {
			step.stopped();
			return new StackStartException("Stopped while starting");
		}
		step.failed();
		return ex;
	}

}
