package org.shengshi.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackConfigTest {

	private static final Path REPO = Path.of("/work/shengshi");

	@Test
	void withoutVariablesTheStackUsesTheDocumentedPortsAndDotLocal() {
		StackConfig config = StackConfig.fromEnvironment(Map.of(), REPO);

		assertThat(config.portOffset()).isZero();
		assertThat(config.dataDir()).isEqualTo(REPO.resolve(".local/data"));
		assertThat(config.logDir()).isEqualTo(REPO.resolve(".local/logs"));
		assertThat(config.services()).containsExactly(PlatformService.IDENTITY, PlatformService.CATALOG,
				PlatformService.CASES, PlatformService.PAYMENTS, PlatformService.CERTIFICATES, PlatformService.GATEWAY);
		assertThat(config.port(PlatformService.GATEWAY)).isEqualTo(8080);
		assertThat(config.keycloakPort()).isEqualTo(8180);
		assertThat(config.mariaDbPort()).isEqualTo(3307);
		assertThat(config.redisPort()).isEqualTo(6380);
		assertThat(config.port(Sandbox.UNIONPAY)).isEqualTo(8096);
		assertThat(config.issuerUri()).isEqualTo("http://127.0.0.1:8180/realms/shengshi");
		assertThat(config.jar(PlatformService.CASES)).isEqualTo(REPO.resolve("case-service/target/case-service.jar"));
		assertThat(config.keycloakHome()).isEqualTo(REPO.resolve(".local/keycloak-26.5.6"));
		assertThat(config.serviceJavaOptions()).contains("-Xmx512m");
	}

	@Test
	void portOffsetShiftsEveryPortIncludingTheIssuer() {
		StackConfig config = StackConfig.fromEnvironment(Map.of("SHENGSHI_PORT_OFFSET", "20000"), REPO);

		assertThat(config.port(PlatformService.IDENTITY)).isEqualTo(28081);
		assertThat(config.keycloakPort()).isEqualTo(28180);
		assertThat(config.mariaDbPort()).isEqualTo(23307);
		assertThat(config.redisPort()).isEqualTo(26380);
		assertThat(config.sandboxUrl(Sandbox.SMS)).isEqualTo("http://127.0.0.1:28091");
		assertThat(config.issuerUri()).isEqualTo("http://127.0.0.1:28180/realms/shengshi");
		assertThat(config.namedPorts()).hasSize(15).containsEntry(28180, "Keycloak").containsEntry(28080, "gateway");
	}

	@Test
	void aPortOffsetThatIsNotANumberOrTooLargeIsRejectedWithTheVariableName() {
		assertThatThrownBy(() -> StackConfig.fromEnvironment(Map.of("SHENGSHI_PORT_OFFSET", "ten"), REPO))
			.isInstanceOf(StackStartException.class)
			.hasMessage("SHENGSHI_PORT_OFFSET must be a whole number from 0 to 57000, not 'ten'");
		assertThatThrownBy(() -> StackConfig.fromEnvironment(Map.of("SHENGSHI_PORT_OFFSET", "60000"), REPO))
			.hasMessageStartingWith("SHENGSHI_PORT_OFFSET must be");
		assertThatThrownBy(() -> StackConfig.fromEnvironment(Map.of("SHENGSHI_PORT_OFFSET", "-1"), REPO))
			.hasMessageStartingWith("SHENGSHI_PORT_OFFSET must be");
	}

	@Test
	void dataDirOverrideAlsoMovesTheLogsUnlessTheyAreSetToo() {
		StackConfig moved = StackConfig.fromEnvironment(Map.of("SHENGSHI_DATA_DIR", "/tmp/stack-b"), REPO);
		StackConfig split = StackConfig.fromEnvironment(
				Map.of("SHENGSHI_DATA_DIR", "/tmp/stack-b", "SHENGSHI_LOG_DIR", "/var/tmp/stack-b-logs"), REPO);

		assertThat(moved.dataDir()).isEqualTo(Path.of("/tmp/stack-b"));
		assertThat(moved.logDir()).isEqualTo(Path.of("/tmp/stack-b/logs"));
		assertThat(split.logDir()).isEqualTo(Path.of("/var/tmp/stack-b-logs"));
	}

	@Test
	void servicesCanBeChosenByModuleNameAndKeepTheStartOrder() {
		StackConfig some = StackConfig.fromEnvironment(Map.of("SHENGSHI_SERVICES", "gateway, identity-service"), REPO);
		StackConfig none = StackConfig.fromEnvironment(Map.of("SHENGSHI_SERVICES", "none"), REPO);

		assertThat(some.services()).containsExactly(PlatformService.IDENTITY, PlatformService.GATEWAY);
		assertThat(none.services()).isEmpty();
		assertThat(none.namedPorts()).hasSize(9);
		assertThatThrownBy(() -> StackConfig.fromEnvironment(Map.of("SHENGSHI_SERVICES", "billing"), REPO))
			.isInstanceOf(StackStartException.class)
			.hasMessageContaining("Unknown service 'billing'");
	}

	@Test
	void timeoutsAndJavaOptionsAreReadFromTheEnvironment() {
		StackConfig config = StackConfig.fromEnvironment(Map.of("SHENGSHI_START_TIMEOUT_SECONDS", "45",
				"SHENGSHI_KEYCLOAK_TIMEOUT_SECONDS", "90", "SHENGSHI_SERVICE_JAVA_OPTS", " -Xmx1g  -Dx=y "), REPO);

		assertThat(config.serviceTimeout()).isEqualTo(Duration.ofSeconds(45));
		assertThat(config.keycloakTimeout()).isEqualTo(Duration.ofSeconds(90));
		assertThat(config.serviceJavaOptions()).isEqualTo(List.of("-Xmx1g", "-Dx=y"));
		assertThatThrownBy(() -> StackConfig.fromEnvironment(Map.of("SHENGSHI_START_TIMEOUT_SECONDS", "0"), REPO))
			.hasMessage("SHENGSHI_START_TIMEOUT_SECONDS must be a number of seconds from 1 to 3600, not '0'");
	}

	@Test
	void withWorkDirAndOffsetGiveASecondStackItsOwnPlace() {
		StackConfig config = StackConfig.fromEnvironment(Map.of(), REPO)
			.withPortOffset(20000)
			.withWorkDir(Path.of("/work/shengshi/e2e-tests/target/e2e-stack"));

		assertThat(config.dataDir()).isEqualTo(Path.of("/work/shengshi/e2e-tests/target/e2e-stack/data"));
		assertThat(config.logDir()).isEqualTo(Path.of("/work/shengshi/e2e-tests/target/e2e-stack/logs"));
		assertThat(config.keycloakPort()).isEqualTo(28180);
	}

}
