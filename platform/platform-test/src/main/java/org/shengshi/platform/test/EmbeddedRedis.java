package org.shengshi.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;

import redis.embedded.RedisServer;

/**
 * One real redis-server per test JVM (embedded-redis ships the binary). Fault tests may
 * {@link #stop()} and {@link #start()} it; the port stays the same.
 */
public final class EmbeddedRedis {

	private static volatile EmbeddedRedis shared;

	private final int port;

	private RedisServer server;

	private EmbeddedRedis() {
		this.port = FreePorts.find();
		start();
	}

	public static EmbeddedRedis shared() {
		EmbeddedRedis instance = shared;
		if (instance == null) {
			synchronized (EmbeddedRedis.class) {
				instance = shared;
				if (instance == null) {
					instance = new EmbeddedRedis();
					shared = instance;
				}
			}
		}
		return instance;
	}

	public int port() {
		return this.port;
	}

	public synchronized void start() {
		if (this.server != null && this.server.isActive()) {
			return;
		}
		try {
			this.server = RedisServer.newRedisServer()
				.port(this.port)
				.bind("127.0.0.1")
				.setting("save \"\"")
				.setting("appendonly no")
				.onShutdownForceStop(true)
				.build();
			this.server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start embedded redis-server on port " + this.port, ex);
		}
	}

	public synchronized void stop() {
		if (this.server == null) {
			return;
		}
		try {
			this.server.stop();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
