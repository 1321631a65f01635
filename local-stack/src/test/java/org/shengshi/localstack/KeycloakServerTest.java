package org.shengshi.localstack;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakServerTest {

	@Test
	void keycloakKeepsItsDatabaseInTheStacksDataDirAndGetsTheDevAdmin() {
		StackConfig config = StackConfig.fromEnvironment(Map.of("SHENGSHI_DATA_DIR", "/tmp/stack-b"), Path.of("/repo"));

		Map<String, String> env = KeycloakServer.environment(config);

		assertThat(env).containsEntry("KC_DB_URL", "jdbc:h2:file:/tmp/stack-b/keycloak/keycloakdb;NON_KEYWORDS=VALUE")
			.containsEntry("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
			.containsEntry("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
		assertThat(env.get("JAVA_OPTS_APPEND")).contains("/tmp/stack-b/keycloak/transaction-logs");
	}

	@Test
	void theIssuerIsReadFromTheDiscoveryDocument() {
		String document = "{\"issuer\" : \"http://127.0.0.1:28180/realms/shengshi\",\"jwks_uri\":\"x\"}";

		assertThat(KeycloakServer.issuerOf(document)).isEqualTo("http://127.0.0.1:28180/realms/shengshi");
		assertThat(KeycloakServer.issuerOf("{}")).isNull();
	}

}
