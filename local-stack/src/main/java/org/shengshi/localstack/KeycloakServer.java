package org.shengshi.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real Keycloak from the unpacked distribution, {@code kc.sh start-dev --import-realm},
 * bound to 127.0.0.1 with a fixed issuer. Its H2 database lives in
 * {@code <data>/keycloak}, so users and sessions survive restarts; the realm is imported
 * only when it does not exist yet.
 */
final class KeycloakServer {

	static final String REALM_RESOURCE = "/keycloak/shengshi-realm.json";

	private static final Pattern ISSUER = Pattern.compile("\"issuer\"\\s*:\\s*\"([^\"]+)\"");

	private KeycloakServer() {
	}

	static ChildProcess start(StackConfig config, RunningStack stack, Progress.Step step) {
		Path home = config.keycloakHome();
		copyRealm(home.resolve("data/import"));
		List<String> command = List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev", "--import-realm",
				"--http-host=127.0.0.1", "--http-port=" + config.keycloakPort(), "--hostname=" + config.keycloakUrl());
		ChildProcess process = stack.add("Keycloak", ChildProcess.start("Keycloak", command, environment(config), home,
				config.logDir().resolve("keycloak.log")));
		URI discovery = URI.create(config.issuerUri() + "/.well-known/openid-configuration");
		String body = ReadinessWait.await(discovery, ReadinessWait::isOk, config.keycloakTimeout(), process, step);
		requireIssuer(body, config.issuerUri(), process);
		return process;
	}

	static Map<String, String> environment(StackConfig config) {
		Path data = config.dataDir().resolve("keycloak");
		Map<String, String> env = new LinkedHashMap<>();
		env.put("KC_BOOTSTRAP_ADMIN_USERNAME", StackConfig.KEYCLOAK_ADMIN);
		env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", StackConfig.KEYCLOAK_ADMIN_PASSWORD);
		// H2 needs NON_KEYWORDS=VALUE for Keycloak's schema; Keycloak adds it only to its
		// own default URL.
		env.put("KC_DB_URL", "jdbc:h2:file:" + data.resolve("keycloakdb") + ";NON_KEYWORDS=VALUE");
		env.put("JAVA_HOME", System.getProperty("java.home"));
		env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
		env.put("JAVA_OPTS_APPEND",
				"-Dquarkus.transaction-manager.object-store.directory=" + data.resolve("transaction-logs"));
		return env;
	}

	static String issuerOf(String discoveryDocument) {
		Matcher matcher = ISSUER.matcher(discoveryDocument);
		return matcher.find() ? matcher.group(1) : null;
	}

	private static void requireIssuer(String discoveryDocument, String expected, ChildProcess process) {
		String issuer = issuerOf(discoveryDocument);
		if (!expected.equals(issuer)) {
			throw new StackStartException("Keycloak announces issuer " + issuer + " but services expect " + expected
					+ ": see " + process.logFile());
		}
	}

	/**
	 * Writes the realm file atomically, so a second stack starting at the same time never
	 * reads half a file.
	 */
	private static void copyRealm(Path importDir) {
		try (InputStream realm = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
			if (realm == null) {
				throw new IllegalStateException(REALM_RESOURCE + " missing from the local-stack jar");
			}
			Files.createDirectories(importDir);
			Path tmp = Files.createTempFile(importDir, "shengshi-realm", ".tmp");
			Files.copy(realm, tmp, StandardCopyOption.REPLACE_EXISTING);
			Files.move(tmp, importDir.resolve("shengshi-realm.json"), StandardCopyOption.ATOMIC_MOVE,
					StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not copy the realm into " + importDir, ex);
		}
	}

}
