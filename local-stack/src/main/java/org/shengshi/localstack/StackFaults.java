package org.shengshi.localstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Fault injection on a running local stack, for the platform's fault tests: a service
 * killed as by a crash and started again, Redis stopped and started again, every database
 * connection cut, an outside system's sandbox slow or resetting connections. Every
 * restart waits for readiness like the first start.
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

	/**
	 * The sandbox answers only after {@code delay} (beyond the caller's read timeout the
	 * caller gives up, though the request took effect) until {@link #clearSandboxFaults}.
	 */
	public void slowSandbox(Sandbox sandbox, Duration delay) {
		sandboxes().answerAfter(sandbox, delay);
	}

	/**
	 * Every connection to the sandbox is reset by peer, unanswered, until
	 * {@link #clearSandboxFaults}.
	 */
	public void resetSandboxConnections(Sandbox sandbox) {
		sandboxes().resetConnections(sandbox);
	}

	public void clearSandboxFaults(Sandbox sandbox) {
		sandboxes().clearFaults(sandbox);
	}

	private Sandboxes sandboxes() {
		return this.stack.component(RunningStack.SANDBOXES, Sandboxes.class);
	}

	/**
	 * Cuts every client connection to MariaDB at once ({@code KILL CONNECTION}), as a
	 * database failover or a network cut would: the services' pools hold only dead
	 * connections until they notice.
	 * @return how many connections were cut
	 */
	public int cutDatabaseConnections() {
		try (Connection admin = DriverManager.getConnection(this.stack.config().jdbcUrl("mysql"), "root", "");
				Statement statement = admin.createStatement()) {
			List<Long> ids = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery("SELECT ID FROM information_schema.PROCESSLIST"
					+ " WHERE ID <> CONNECTION_ID() AND COMMAND <> 'Daemon' AND USER <> 'system user'")) {
				while (rows.next()) {
					ids.add(rows.getLong(1));
				}
			}
			int cut = 0;
			for (long id : ids) {
				try {
					statement.execute("KILL CONNECTION " + id);
					cut++;
				}
				catch (SQLException ex) {
					// ended meanwhile
				}
			}
			return cut;
		}
		catch (SQLException ex) {
			throw new StackStartException("Could not cut the database connections: " + ex.getMessage(), ex);
		}
	}

}
