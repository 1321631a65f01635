package org.shengshi.platform.pii;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class PiiCipherTest {

	private static final String ID_NUMBER = "440106199001011234";

	private static final String COLUMN = "resident.id_number";

	private final byte[] key2024 = randomKey();

	private final byte[] key2025 = randomKey();

	@Test
	void roundTripReturnsThePlaintext() {
		PiiCipher cipher = new PiiCipher(Map.of("k2025", this.key2025), "k2025");
		String ciphertext = cipher.encrypt(ID_NUMBER, COLUMN);
		assertThat(ciphertext).startsWith("v1.k2025.").doesNotContain(ID_NUMBER);
		assertThat(cipher.decrypt(ciphertext, COLUMN)).isEqualTo(ID_NUMBER);
	}

	@Test
	void unicodePlaintextRoundTrips() {
		PiiCipher cipher = new PiiCipher(Map.of("k2025", this.key2025), "k2025");
		assertThat(cipher.decrypt(cipher.encrypt("广东省广州市天河区体育西路191号", "resident.address"), "resident.address"))
			.isEqualTo("广东省广州市天河区体育西路191号");
	}

	@Test
	void sameValueEncryptsDifferentlyEachTime() {
		PiiCipher cipher = new PiiCipher(Map.of("k2025", this.key2025), "k2025");
		assertThat(cipher.encrypt(ID_NUMBER, COLUMN)).isNotEqualTo(cipher.encrypt(ID_NUMBER, COLUMN));
	}

	@Test
	void afterRotationOldCiphertextStillDecryptsAndNewOnesUseTheNewKey() {
		PiiCipher before = new PiiCipher(Map.of("k2024", this.key2024), "k2024");
		EncryptedString old = before.seal(ID_NUMBER, COLUMN);
		PiiCipher after = new PiiCipher(Map.of("k2024", this.key2024, "k2025", this.key2025), "k2025");
		assertThat(after.open(old, COLUMN)).isEqualTo(ID_NUMBER);
		assertThat(after.needsReencryption(old)).isTrue();
		EncryptedString fresh = after.seal(ID_NUMBER, COLUMN);
		assertThat(fresh.keyId()).isEqualTo("k2025");
		assertThat(after.needsReencryption(fresh)).isFalse();
	}

	@Test
	void ciphertextOfARetiredKeyCannotBeOpened() {
		String old = new PiiCipher(Map.of("k2024", this.key2024), "k2024").encrypt(ID_NUMBER, COLUMN);
		PiiCipher withoutOldKey = new PiiCipher(Map.of("k2025", this.key2025), "k2025");
		assertThatExceptionOfType(PiiCryptoException.class).isThrownBy(() -> withoutOldKey.decrypt(old, COLUMN))
			.withMessageContaining("unknown PII key id 'k2024'");
	}

	@Test
	void tamperedCiphertextFails() {
		PiiCipher cipher = new PiiCipher(Map.of("k2025", this.key2025), "k2025");
		String ciphertext = cipher.encrypt(ID_NUMBER, COLUMN);
		byte[] payload = Base64.getUrlDecoder().decode(ciphertext.substring("v1.k2025.".length()));
		payload[payload.length / 2] ^= 0x01;
		String tampered = "v1.k2025." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload);
		assertThatExceptionOfType(PiiCryptoException.class).isThrownBy(() -> cipher.decrypt(tampered, COLUMN))
			.withMessageContaining("failed authentication");
	}

	@Test
	void wrongAssociatedDataFails() {
		PiiCipher cipher = new PiiCipher(Map.of("k2025", this.key2025), "k2025");
		String ciphertext = cipher.encrypt(ID_NUMBER, COLUMN);
		assertThatExceptionOfType(PiiCryptoException.class)
			.isThrownBy(() -> cipher.decrypt(ciphertext, "resident.phone"));
	}

	@Test
	void relabellingTheKeyIdFails() {
		PiiCipher cipher = new PiiCipher(Map.of("a", this.key2025, "b", this.key2025), "a");
		String ciphertext = cipher.encrypt(ID_NUMBER, COLUMN);
		String relabelled = "v1.b." + ciphertext.substring("v1.a.".length());
		assertThatExceptionOfType(PiiCryptoException.class).isThrownBy(() -> cipher.decrypt(relabelled, COLUMN));
	}

	@Test
	void malformedCiphertextFailsCleanly() {
		PiiCipher cipher = new PiiCipher(Map.of("k2025", this.key2025), "k2025");
		assertThatExceptionOfType(PiiCryptoException.class).isThrownBy(() -> cipher.decrypt("plain text", COLUMN));
		assertThatExceptionOfType(PiiCryptoException.class).isThrownBy(() -> cipher.decrypt("v1.k2025.!!", COLUMN));
		assertThatExceptionOfType(PiiCryptoException.class).isThrownBy(() -> cipher.decrypt("v1.k2025.AAAA", COLUMN));
	}

	@Test
	void keyOfTheWrongLengthIsRejected() {
		assertThatIllegalStateException().isThrownBy(() -> new PiiCipher(Map.of("short", new byte[16]), "short"))
			.withMessageContaining("must be 32 bytes");
	}

	@Test
	void activeKeyMustBeKnown() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PiiCipher(Map.of("k2025", this.key2025), "k2026"))
			.withMessageContaining("k2026");
	}

	@Test
	void encryptedStringRejectsValuesThatAreNotCiphertexts() {
		assertThatIllegalArgumentException().isThrownBy(() -> new EncryptedString(ID_NUMBER))
			.withMessageNotContaining(ID_NUMBER);
	}

	static byte[] randomKey() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

}
