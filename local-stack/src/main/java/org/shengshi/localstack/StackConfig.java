package org.shengshi.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Everything the local stack needs to know before it starts: where the repository and the
 * data live, which port offset to use, which services to start and how long to wait.
 *
 * @param repoDir the repository root (holds {@code <module>/target/<module>.jar} and
 * {@code .local/})
 * @param dataDir MariaDB, Redis and Keycloak data and the generated dev secrets
 * @param logDir one log file per child process
 * @param portOffset added to every documented port
 * @param services services to start, in start order
 * @param keycloakTimeout how long Keycloak may take to serve the realm
 * @param serviceTimeout how long each service may take to become ready
 * @param serviceJavaOptions JVM options of each service process
 */
public record StackConfig(Path repoDir, Path dataDir, Path logDir, int portOffset, List<PlatformService> services,
		Duration keycloakTimeout, Duration serviceTimeout, List<String> serviceJavaOptions) {

	public static final String ENV_PORT_OFFSET = "SHENGSHI_PORT_OFFSET";

	public static final String ENV_DATA_DIR = "SHENGSHI_DATA_DIR";

	public static final String ENV_LOG_DIR = "SHENGSHI_LOG_DIR";

	public static final String ENV_SERVICES = "SHENGSHI_SERVICES";

	public static final String ENV_SERVICE_TIMEOUT = "SHENGSHI_START_TIMEOUT_SECONDS";

	public static final String ENV_KEYCLOAK_TIMEOUT = "SHENGSHI_KEYCLOAK_TIMEOUT_SECONDS";

	public static final String ENV_SERVICE_JAVA_OPTS = "SHENGSHI_SERVICE_JAVA_OPTS";

	public static final int MARIADB_PORT = 3307;

	public static final int REDIS_PORT = 6380;

	public static final int KEYCLOAK_PORT = 8180;

	public static final String REALM = "shengshi";

	public static final String AUDIENCE = "shengshi-api";

	/**
	 * How long payment-adapter waits for a payment channel sandbox's answer: a sandbox
	 * slower than this is, to the platform, a channel that does not answer.
	 */
	public static final Duration CHANNEL_READ_TIMEOUT = Duration.ofSeconds(2);

	/** Keycloak's bootstrap admin of the master realm: local development only. */
	public static final String KEYCLOAK_ADMIN = "admin";

	public static final String KEYCLOAK_ADMIN_PASSWORD = "admin";

	static final int MAX_PORT_OFFSET = 57000;

	static final String DEFAULT_SERVICE_JAVA_OPTS = "-Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC";

	public StackConfig {
		services = List.copyOf(services);
		serviceJavaOptions = List.copyOf(serviceJavaOptions);
	}

	/**
	 * Reads the documented {@code SHENGSHI_*} variables; anything unset takes the default
	 * of a developer's stack under {@code <repo>/.local}.
	 */
	public static StackConfig fromEnvironment(Map<String, String> env, Path repoDir) {
		Path repo = repoDir.toAbsolutePath().normalize();
		String dataDirValue = blankToNull(env.get(ENV_DATA_DIR));
		Path dataDir = (dataDirValue != null) ? Path.of(dataDirValue).toAbsolutePath().normalize()
				: repo.resolve(".local/data");
		String logDirValue = blankToNull(env.get(ENV_LOG_DIR));
		Path logDir;
		if (logDirValue != null) {
			logDir = Path.of(logDirValue).toAbsolutePath().normalize();
		}
		else {
			logDir = (dataDirValue != null) ? dataDir.resolve("logs") : repo.resolve(".local/logs");
		}
		return new StackConfig(repo, dataDir, logDir, portOffset(env.get(ENV_PORT_OFFSET)),
				services(env.get(ENV_SERVICES)), seconds(env, ENV_KEYCLOAK_TIMEOUT, 600),
				seconds(env, ENV_SERVICE_TIMEOUT, 300), javaOptions(env.get(ENV_SERVICE_JAVA_OPTS)));
	}

	public StackConfig withPortOffset(int offset) {
		return new StackConfig(this.repoDir, this.dataDir, this.logDir, checkedOffset(offset, String.valueOf(offset)),
				this.services, this.keycloakTimeout, this.serviceTimeout, this.serviceJavaOptions);
	}

	/**
	 * Moves data and logs under {@code dir} ({@code dir/data}, {@code dir/logs}), e.g.
	 * for a second stack beside a developer's one.
	 */
	public StackConfig withWorkDir(Path dir) {
		Path base = dir.toAbsolutePath().normalize();
		return new StackConfig(this.repoDir, base.resolve("data"), base.resolve("logs"), this.portOffset, this.services,
				this.keycloakTimeout, this.serviceTimeout, this.serviceJavaOptions);
	}

	public StackConfig withServices(List<PlatformService> services) {
		return new StackConfig(this.repoDir, this.dataDir, this.logDir, this.portOffset, services, this.keycloakTimeout,
				this.serviceTimeout, this.serviceJavaOptions);
	}

	public int port(PlatformService service) {
		return service.basePort() + this.portOffset;
	}

	public int port(Sandbox sandbox) {
		return sandbox.basePort() + this.portOffset;
	}

	public int mariaDbPort() {
		return MARIADB_PORT + this.portOffset;
	}

	public int redisPort() {
		return REDIS_PORT + this.portOffset;
	}

	public int keycloakPort() {
		return KEYCLOAK_PORT + this.portOffset;
	}

	public String keycloakUrl() {
		return "http://127.0.0.1:" + keycloakPort();
	}

	public String issuerUri() {
		return keycloakUrl() + "/realms/" + REALM;
	}

	public String serviceUrl(PlatformService service) {
		return "http://127.0.0.1:" + port(service);
	}

	public String gatewayUrl() {
		return serviceUrl(PlatformService.GATEWAY);
	}

	public String tokenUri() {
		return issuerUri() + "/protocol/openid-connect/token";
	}

	/**
	 * The secret payment-adapter's sandbox channel signs callbacks with in this stack
	 * (development only, derived from the data folder's dev secrets), so a test or the
	 * demo can play the channel.
	 */
	public String paymentSandboxCallbackSecret() {
		return ServiceEnvironment.paymentSandboxSecret(DevSecrets.loadOrCreate(dataDir()));
	}

	public String sandboxUrl(Sandbox sandbox) {
		return "http://127.0.0.1:" + port(sandbox);
	}

	/**
	 * The JDBC URL of one database on the stack's MariaDB (MySQL Connector/J, UTC
	 * session).
	 */
	public String jdbcUrl(String database) {
		return "jdbc:mysql://127.0.0.1:" + mariaDbPort() + "/" + database
				+ "?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&useSSL=false"
				+ "&allowPublicKeyRetrieval=true&characterEncoding=utf8&rewriteBatchedStatements=true";
	}

	public Path keycloakHome() {
		return this.repoDir.resolve(".local/keycloak-" + keycloakVersion());
	}

	public Path jar(PlatformService service) {
		return this.repoDir.resolve(service.module()).resolve("target").resolve(service.module() + ".jar");
	}

	/**
	 * Every port the stack will listen on, with the name shown when it is taken.
	 */
	public Map<Integer, String> namedPorts() {
		Map<Integer, String> ports = new LinkedHashMap<>();
		ports.put(mariaDbPort(), "MariaDB");
		ports.put(redisPort(), "Redis");
		ports.put(keycloakPort(), "Keycloak");
		for (Sandbox sandbox : Sandbox.values()) {
			ports.put(port(sandbox), sandbox.displayName());
		}
		for (PlatformService service : this.services) {
			ports.put(port(service), service.module());
		}
		return ports;
	}

	static String keycloakVersion() {
		Properties versions = new Properties();
		try (InputStream in = StackConfig.class.getResourceAsStream("versions.properties")) {
			if (in == null) {
				throw new IllegalStateException("versions.properties missing from the local-stack jar");
			}
			versions.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return versions.getProperty("keycloak.version");
	}

	private static int portOffset(String value) {
		if (blankToNull(value) == null) {
			return 0;
		}
		try {
			return checkedOffset(Integer.parseInt(value.trim()), value);
		}
		catch (NumberFormatException ex) {
			throw offsetError(value);
		}
	}

	private static int checkedOffset(int offset, String raw) {
		if (offset < 0 || offset > MAX_PORT_OFFSET) {
			throw offsetError(raw);
		}
		return offset;
	}

	private static StackStartException offsetError(String raw) {
		return new StackStartException(
				ENV_PORT_OFFSET + " must be a whole number from 0 to " + MAX_PORT_OFFSET + ", not '" + raw + "'");
	}

	private static List<PlatformService> services(String value) {
		if (blankToNull(value) == null) {
			return List.of(PlatformService.values());
		}
		if (value.trim().equalsIgnoreCase("none")) {
			return List.of();
		}
		List<PlatformService> wanted = new ArrayList<>();
		for (String module : value.split(",")) {
			if (!module.isBlank()) {
				wanted.add(PlatformService.byModule(module.trim()));
			}
		}
		return Arrays.stream(PlatformService.values()).filter(wanted::contains).toList();
	}

	private static Duration seconds(Map<String, String> env, String name, int defaultSeconds) {
		String value = blankToNull(env.get(name));
		if (value == null) {
			return Duration.ofSeconds(defaultSeconds);
		}
		try {
			int seconds = Integer.parseInt(value.trim());
			if (seconds > 0 && seconds <= 3600) {
				return Duration.ofSeconds(seconds);
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new StackStartException(name + " must be a number of seconds from 1 to 3600, not '" + value + "'");
	}

	private static List<String> javaOptions(String value) {
		String options = (blankToNull(value) != null) ? value : DEFAULT_SERVICE_JAVA_OPTS;
		return Arrays.stream(options.trim().split("\\s+")).toList();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
