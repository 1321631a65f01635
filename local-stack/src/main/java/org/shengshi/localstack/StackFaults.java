package org.shengshi.localstack;

/**
 * Fault injection on a running local stack, for the platform's fault tests: a service
 * killed as by a crash and started again, Redis stopped and started again. Every restart
 * waits for readiness like the first start.
 */
public final class StackFaults {

	private final RunningStack stack;

	StackFaults(RunningStack stack) {
		this.stack = stack;
	}

	/**
	 * SIGKILL to the service's JVM: no graceful shutdown, in-flight requests cut.
	 */
	public void killService(PlatformService service) {
		this.stack.component(service.module(), ChildProcess.class).kill();
	}

	/**
	 * Starts a killed service again (same port, database and secrets) and waits until it
	 * is ready.
	 */
	public void restartService(PlatformService service) {
		StackConfig config = this.stack.config();
		Progress.Step step = new Progress(this.stack.out(), 1)
			.begin("Restarting " + service.module() + " on 127.0.0.1:" + config.port(service));
		ServiceLauncher.start(service, config, DevSecrets.loadOrCreate(config.dataDir()), this.stack, step);
		step.ok();
	}

	public void stopRedis() {
		this.stack.component("Redis", LocalRedisServer.class).close();
	}

	public void startRedis() {
		this.stack.component("Redis", LocalRedisServer.class).restart();
	}

}
