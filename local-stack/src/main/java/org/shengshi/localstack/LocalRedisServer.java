package org.shengshi.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real redis-server (embedded-redis) with the append-only file on, so streams and keys
 * survive a restart.
 */
public final class LocalRedisServer implements AutoCloseable {

	private final redis.embedded.RedisServer server;

	private final int port;

	private LocalRedisServer(redis.embedded.RedisServer server, int port) {
		this.server = server;
		this.port = port;
	}

	/**
	 * Starts redis-server on 127.0.0.1:{@code port} with its AOF in
	 * {@code dataDir/redis}.
	 */
	public static LocalRedisServer start(Path dataDir, int port) {
		try {
			Path dir = Files.createDirectories(dataDir.resolve("redis"));
			redis.embedded.RedisServer server = redis.embedded.RedisServer.newRedisServer()
				.port(port)
				.bind("127.0.0.1")
				.setting("dir \"" + dir.toAbsolutePath() + "\"")
				.setting("appendonly yes")
				.setting("appendfsync everysec")
				.setting("save \"\"")
				.setting("protected-mode yes")
				.onShutdownForceStop(false)
				.build();
			server.start();
			return new LocalRedisServer(server, port);
		}
		catch (IOException ex) {
			throw new StackStartException("Redis did not start on 127.0.0.1:" + port + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Starts the same server again after {@link #close()} (fault tests), on the same port
	 * and append-only file.
	 */
	public void restart() {
		try {
			this.server.start();
		}
		catch (IOException ex) {
			throw new StackStartException("Redis did not restart on 127.0.0.1:" + this.port + ": " + ex.getMessage(),
					ex);
		}
	}

	public int port() {
		return this.port;
	}

	@Override
	public void close() {
		try {
			this.server.stop();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
