package org.shengshi.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DevSecretsTest {

	@TempDir
	Path dataDir;

	@Test
	void keysAreGeneratedOnceAndReusedSoEncryptedDataStaysReadable() throws IOException {
		DevSecrets first = DevSecrets.loadOrCreate(this.dataDir);
		DevSecrets second = DevSecrets.loadOrCreate(this.dataDir);

		assertThat(second).isEqualTo(first);
		assertThat(Base64.getDecoder().decode(first.activeKey())).hasSize(32);
		assertThat(Base64.getDecoder().decode(first.indexKey())).hasSize(32);
		assertThat(first.activeKey()).isNotEqualTo(first.indexKey());
		assertThat(first.activeKeyVariable()).isEqualTo("SHENGSHI_PII_KEYS_LOCAL1");
		Path file = this.dataDir.resolve("dev-secrets.properties");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	@Test
	void twoDataDirsGetDifferentKeys() {
		DevSecrets one = DevSecrets.loadOrCreate(this.dataDir.resolve("a"));
		DevSecrets other = DevSecrets.loadOrCreate(this.dataDir.resolve("b"));

		assertThat(one.activeKey()).isNotEqualTo(other.activeKey());
	}

	@Test
	void aDamagedFileIsReportedInsteadOfSilentlyReplaced() throws IOException {
		Files.writeString(this.dataDir.resolve("dev-secrets.properties"),
				"pii.active-key-id=local1\npii.keys.local1=short\n");

		assertThatThrownBy(() -> DevSecrets.loadOrCreate(this.dataDir)).isInstanceOf(StackStartException.class)
			.hasMessageContaining("dev-secrets.properties is damaged");
	}

	@Test
	void toStringNeverShowsTheKeys() {
		DevSecrets secrets = DevSecrets.loadOrCreate(this.dataDir);

		assertThat(secrets.toString()).doesNotContain(secrets.activeKey()).doesNotContain(secrets.indexKey());
	}

}
