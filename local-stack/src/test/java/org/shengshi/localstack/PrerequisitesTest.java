package org.shengshi.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrerequisitesTest {

	@TempDir
	Path repo;

	@Test
	void javaOlderThan17IsRefusedWithTheFix() {
		assertThatThrownBy(() -> Prerequisites.requireJava(11)).isInstanceOf(StackStartException.class)
			.hasMessage("Java 17 or newer is needed, this is Java 11: set JAVA_HOME to a JDK 17+");
		assertThatCode(() -> Prerequisites.requireJava(17)).doesNotThrowAnyException();
	}

	@Test
	void missingServiceJarsAskForTheBuild() throws IOException {
		StackConfig config = StackConfig.fromEnvironment(Map.of(), this.repo);
		Files.createDirectories(this.repo.resolve("identity-service/target"));
		Files.writeString(this.repo.resolve("identity-service/target/identity-service.jar"), "jar");

		assertThatThrownBy(() -> Prerequisites.requireJars(config)).isInstanceOf(StackStartException.class)
			.hasMessage("Service jar service-catalog/target/service-catalog.jar is missing (and 4 more): "
					+ "Run ./mvnw -DskipTests package first");
	}

	@Test
	void onlyTheChosenServicesNeedJars() throws IOException {
		StackConfig config = StackConfig.fromEnvironment(Map.of(), this.repo)
			.withServices(List.of(PlatformService.GATEWAY));
		Files.createDirectories(this.repo.resolve("gateway/target"));
		Files.writeString(this.repo.resolve("gateway/target/gateway.jar"), "jar");

		assertThatCode(() -> Prerequisites.requireJars(config)).doesNotThrowAnyException();
	}

	@Test
	void keycloakNotUnpackedAsksForTheBuild() {
		Path home = this.repo.resolve(".local/keycloak-26.5.6");

		assertThatThrownBy(() -> Prerequisites.requireKeycloak(home))
			.hasMessage("Keycloak is not unpacked in " + home + ": Run ./mvnw -DskipTests package first");
	}

}
