package org.shengshi.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RepoRootTest {

	@TempDir
	Path dir;

	@Test
	void theRepositoryIsFoundFromAModuleFolder() throws IOException {
		Files.createDirectories(this.dir.resolve("local-stack"));
		Files.writeString(this.dir.resolve("pom.xml"), "<project/>");
		Files.writeString(this.dir.resolve("local-stack/pom.xml"), "<project/>");
		Path module = Files.createDirectories(this.dir.resolve("e2e-tests/target"));

		assertThat(RepoRoot.locateFrom(module)).isEqualTo(this.dir.toAbsolutePath().normalize());
	}

	@Test
	void outsideARepositoryTheErrorSaysWhatWasLookedFor() {
		assertThatThrownBy(() -> RepoRoot.locateFrom(this.dir)).isInstanceOf(StackStartException.class)
			.hasMessageContaining("a folder with local-stack/pom.xml");
	}

}
