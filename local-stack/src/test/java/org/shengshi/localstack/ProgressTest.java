package org.shengshi.localstack;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

	@Test
	void stepsAreNumberedAlignedAndTimed() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 14);

		Progress.Step mariaDb = progress.begin("Starting Redis");
		mariaDb.ok();
		Progress.Step keycloak = progress.begin("Starting Keycloak");
		keycloak.dot();
		keycloak.dot();
		keycloak.failed();
		keycloak.ok();

		assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList()).hasSize(2)
			.satisfiesExactly(
					(line) -> assertThat(line).matches("\\[ 1/14\\] Starting Redis \\.\\.\\. ok \\(\\d+\\.\\d s\\)"),
					(line) -> assertThat(line)
						.matches("\\[ 2/14\\] Starting Keycloak \\.\\.\\.\\.\\. FAILED \\(\\d+\\.\\d s\\)"));
	}

}
