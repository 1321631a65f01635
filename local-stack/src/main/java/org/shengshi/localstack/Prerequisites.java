package org.shengshi.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What must be true before the first server starts: a new enough Java, the Keycloak
 * distribution unpacked by the build, and the service jars built.
 */
final class Prerequisites {

	static final int MINIMUM_JAVA = 17;

	private static final String BUILD_FIRST = "Run ./mvnw -DskipTests package first";

	private Prerequisites() {
	}

	static void check(StackConfig config) {
		requireJava(Runtime.version().feature());
		requireKeycloak(config.keycloakHome());
		requireJars(config);
	}

	static void requireJava(int feature) {
		if (feature < MINIMUM_JAVA) {
			throw new StackStartException("Java " + MINIMUM_JAVA + " or newer is needed, this is Java " + feature
					+ ": set JAVA_HOME to a JDK " + MINIMUM_JAVA + "+");
		}
	}

	static void requireKeycloak(Path keycloakHome) {
		if (!Files.isRegularFile(keycloakHome.resolve("bin/kc.sh"))) {
			throw new StackStartException("Keycloak is not unpacked in " + keycloakHome + ": " + BUILD_FIRST);
		}
	}

	static void requireJars(StackConfig config) {
		List<Path> missing = config.services()
			.stream()
			.map(config::jar)
			.filter((jar) -> !Files.isRegularFile(jar))
			.map((jar) -> config.repoDir().relativize(jar))
			.toList();
		if (missing.isEmpty()) {
			return;
		}
		String more = (missing.size() > 1) ? " (and " + (missing.size() - 1) + " more)" : "";
		throw new StackStartException("Service jar " + missing.get(0) + " is missing" + more + ": " + BUILD_FIRST);
	}

}
