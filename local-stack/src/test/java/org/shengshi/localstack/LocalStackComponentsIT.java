package org.shengshi.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MariaDB, Redis and the WireMock sandboxes as the local stack starts them, on a port
 * offset beside any running stack: they answer, keep their data across a restart, and
 * free every port when stopped.
 */
class LocalStackComponentsIT {

	private static final Path WORK_DIR = Path.of("target/components-it").toAbsolutePath();

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void infrastructureStartsAnswersKeepsDataAndFreesItsPorts() throws Exception {
		StackConfig config = freeOffsetConfig();
		List<String> databases = List.of("shengshi_identity", "shengshi_case");

		try (MariaDbServer mariaDb = MariaDbServer.start(config.dataDir(), config.mariaDbPort());
				LocalRedisServer redis = LocalRedisServer.start(config.dataDir(), config.redisPort());
				Sandboxes sandboxes = Sandboxes.start(config::port, config.logDir().resolve("sandboxes.log"),
						WechatPayDevKeys.loadOrCreate(config.dataDir()))) {
			mariaDb.createDatabases(databases);
			mariaDb.createDatabases(databases);
			assertThat(schemasOf(mariaDb)).containsAll(databases);
			writeRow(mariaDb);
			assertThat(redis("SET shengshi:it persisted", config.redisPort())).isEqualTo("+OK");
			assertThat(redis("CONFIG GET appendonly", config.redisPort())).contains("yes");
			for (Sandbox sandbox : Sandbox.values()) {
				HttpResponse<String> health = get(config.sandboxUrl(sandbox) + "/__health");
				assertThat(health.statusCode()).as(sandbox.name()).isEqualTo(200);
				assertThat(health.body()).contains("\"sandbox\":\"" + sandbox.directory() + "\"");
			}
		}

		assertThat(busyPorts(config)).isEmpty();

		try (MariaDbServer mariaDb = MariaDbServer.start(config.dataDir(), config.mariaDbPort());
				LocalRedisServer redis = LocalRedisServer.start(config.dataDir(), config.redisPort())) {
			assertThat(readRow(mariaDb)).isEqualTo("survives restarts");
			assertThat(redis("GET shengshi:it", config.redisPort())).contains("persisted");
		}

		assertThat(busyPorts(config)).isEmpty();
	}

	private StackConfig freeOffsetConfig() {
		StackConfig base = StackConfig.fromEnvironment(Map.of(), RepoRoot.locate())
			.withWorkDir(WORK_DIR.resolve("run-" + System.nanoTime()));
		for (int attempt = 0; attempt < 20; attempt++) {
			StackConfig candidate = base.withPortOffset(ThreadLocalRandom.current().nextInt(30000, 50000));
			if (busyPorts(candidate).isEmpty()) {
				return candidate;
			}
		}
		throw new IllegalStateException("no free port offset found");
	}

	private static List<Integer> busyPorts(StackConfig config) {
		List<Integer> busy = new ArrayList<>();
		config.namedPorts().keySet().forEach((port) -> {
			if (!PortCheck.isFree(port)) {
				busy.add(port);
			}
		});
		return busy;
	}

	private static List<String> schemasOf(MariaDbServer mariaDb) throws SQLException {
		List<String> names = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(mariaDb.jdbcUrl(""), "root", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SHOW DATABASES")) {
			while (rows.next()) {
				names.add(rows.getString(1));
			}
		}
		return names;
	}

	private static void writeRow(MariaDbServer mariaDb) throws SQLException {
		try (Connection connection = DriverManager.getConnection(mariaDb.jdbcUrl("shengshi_case"), "root", "");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE probe (note VARCHAR(40) NOT NULL)");
			statement.execute("INSERT INTO probe (note) VALUES ('survives restarts')");
		}
	}

	private static String readRow(MariaDbServer mariaDb) throws SQLException {
		try (Connection connection = DriverManager.getConnection(mariaDb.jdbcUrl("shengshi_case"), "root", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT note FROM probe")) {
			return rows.next() ? rows.getString(1) : null;
		}
	}

	/**
	 * One inline Redis command over a plain socket; returns the raw RESP reply (simple
	 * strings, bulk strings and arrays of bulk strings).
	 */
	private static String redis(String command, int port) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			socket.setSoTimeout(5000);
			OutputStream out = socket.getOutputStream();
			out.write((command + "\r\n").getBytes(StandardCharsets.UTF_8));
			out.flush();
			InputStream in = socket.getInputStream();
			StringBuilder reply = new StringBuilder();
			int expectedLines = 1;
			int lines = 0;
			while (lines < expectedLines) {
				int next = in.read();
				if (next < 0) {
					break;
				}
				reply.append((char) next);
				if (reply.length() >= 2 && reply.charAt(reply.length() - 2) == '\r' && next == '\n') {
					lines++;
					if (lines == 1) {
						expectedLines = expectedLines(reply.toString().trim());
					}
				}
			}
			return reply.toString().trim();
		}
	}

	private static int expectedLines(String header) {
		return switch (header.charAt(0)) {
			case '$' -> header.equals("$-1") ? 1 : 2;
			case '*' -> 1 + 2 * Integer.parseInt(header.substring(1));
			default -> 1;
		};
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
