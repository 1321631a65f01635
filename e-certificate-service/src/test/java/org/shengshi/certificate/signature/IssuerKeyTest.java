package org.shengshi.certificate.signature;

import java.math.BigInteger;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IssuerKeyTest {

	private static final Instant NOW = Instant.parse("2025-03-01T08:00:00.123456Z");

	private final KeyEncryptionKey kek = KeyEncryptionKey.generate();

	private final IssuerKeyGenerator generator = new IssuerKeyGenerator(this.kek, Clock.fixed(NOW, ZoneOffset.UTC));

	@ParameterizedTest
	@EnumSource(SignatureAlgorithm.class)
	void generatesAnActiveKeyNamedByItsThumbprint(SignatureAlgorithm algorithm) {
		IssuerKey key = this.generator.generate("440100-GA", algorithm);
		assertThat(key.isActive()).isTrue();
		assertThat(key.createdAt()).isEqualTo(Instant.parse("2025-03-01T08:00:00.123Z"));
		assertThat(key.kid()).hasSize(43).matches("[A-Za-z0-9_-]+");
		assertThat(key.kid()).isEqualTo(IssuerKey.thumbprintOf(algorithm, key.publicKey()));
	}

	@ParameterizedTest
	@EnumSource(SignatureAlgorithm.class)
	void publishesTheSamePointAsPemAndAsJwk(SignatureAlgorithm algorithm) {
		IssuerKey key = this.generator.generate("440100-GA", algorithm);
		PublicJwk jwk = key.publicJwk();
		assertThat(jwk.kty()).isEqualTo("EC");
		assertThat(jwk.crv()).isEqualTo(algorithm.jwkCurve());
		assertThat(jwk.alg()).isEqualTo(algorithm.jwsAlgorithm());
		assertThat(jwk.kid()).isEqualTo(key.kid());
		assertThat(jwk.department()).isEqualTo("440100-GA");
		ECPublicKey ec = (ECPublicKey) key.publicKey();
		assertThat(new BigInteger(1, Base64.getUrlDecoder().decode(jwk.x()))).isEqualTo(ec.getW().getAffineX());
		assertThat(new BigInteger(1, Base64.getUrlDecoder().decode(jwk.y()))).isEqualTo(ec.getW().getAffineY());
		assertThat(Base64.getUrlDecoder().decode(jwk.x())).hasSize(32);
		assertThat(jwk.toJson()).startsWith("{\"alg\":\"" + algorithm.jwsAlgorithm() + "\",\"crv\":");

		String pem = key.publicKeyPem();
		assertThat(pem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
		String body = pem.replaceAll("-----[A-Z ]+-----", "").replace("\n", "");
		assertThat(algorithm.decodePublicKey(Base64.getDecoder().decode(body))).isEqualTo(key.publicKey());
	}

	@Test
	void restoresFromItsStoredForm() {
		IssuerKey key = this.generator.generate("440100-GA", SignatureAlgorithm.SM2_SM3);
		IssuerKey restored = IssuerKey.restore(key.kid(), key.departmentCode(), key.algorithm(), key.publicKeyBase64(),
				key.encryptedPrivateKey().encoded(), key.createdAt(), key.retiredAt());
		assertThat(restored).isEqualTo(key);
	}

	@Test
	void neverStoresThePrivateKeyInTheClear() {
		java.security.KeyPair pair = SignatureAlgorithm.SM2_SM3.generateKeyPair();
		EncryptedPrivateKey sealed = PrivateKeySeal.seal(this.kek, pair.getPrivate(), "kid-1",
				SignatureAlgorithm.SM2_SM3);
		byte[] pkcs8 = pair.getPrivate().getEncoded();
		assertThat(new String(sealed.ciphertext(), java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain(new String(pkcs8, java.nio.charset.StandardCharsets.ISO_8859_1).substring(36));
		assertThat(sealed.toString()).doesNotContain(Base64.getEncoder().encodeToString(pkcs8));
		assertThat(PrivateKeySeal.open(this.kek, sealed, "kid-1", SignatureAlgorithm.SM2_SM3).getEncoded())
			.isEqualTo(pkcs8);
	}

	@Test
	void aSealedKeyOpensOnlyWithItsKekAndUnderItsOwnKeyId() {
		java.security.KeyPair pair = SignatureAlgorithm.SM2_SM3.generateKeyPair();
		EncryptedPrivateKey sealed = PrivateKeySeal.seal(this.kek, pair.getPrivate(), "kid-1",
				SignatureAlgorithm.SM2_SM3);
		assertThatExceptionOfType(SigningKeyUnavailableException.class).isThrownBy(
				() -> PrivateKeySeal.open(KeyEncryptionKey.generate(), sealed, "kid-1", SignatureAlgorithm.SM2_SM3));
		assertThatExceptionOfType(SigningKeyUnavailableException.class)
			.isThrownBy(() -> PrivateKeySeal.open(this.kek, sealed, "kid-2", SignatureAlgorithm.SM2_SM3))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("SIGNING_KEY_UNAVAILABLE"));
		byte[] tampered = sealed.ciphertext();
		tampered[0] ^= 1;
		assertThatExceptionOfType(SigningKeyUnavailableException.class).isThrownBy(() -> PrivateKeySeal.open(this.kek,
				new EncryptedPrivateKey(sealed.nonce(), tampered), "kid-1", SignatureAlgorithm.SM2_SM3));
	}

	@Test
	void encryptedPrivateKeyRoundTripsThroughItsStorageForm() {
		EncryptedPrivateKey sealed = this.generator.generate("440100-GA", SignatureAlgorithm.SM2_SM3)
			.encryptedPrivateKey();
		assertThat(sealed.encoded()).startsWith("v1.");
		assertThat(EncryptedPrivateKey.parse(sealed.encoded())).isEqualTo(sealed);
		assertThatIllegalArgumentException().isThrownBy(() -> EncryptedPrivateKey.parse("v2.AAAA.BBBB"));
		assertThatIllegalArgumentException().isThrownBy(() -> EncryptedPrivateKey.parse("garbage"));
		assertThatIllegalArgumentException().isThrownBy(() -> EncryptedPrivateKey.parse(null));
	}

	@Test
	void retiresOnceAndNeverBeforeItWasCreated() {
		IssuerKey key = this.generator.generate("440100-GA", SignatureAlgorithm.SM2_SM3);
		IssuerKey retired = key.retire(NOW.plusSeconds(60));
		assertThat(retired.isActive()).isFalse();
		assertThat(retired.retire(NOW.plusSeconds(120)).retiredAt()).isEqualTo(retired.retiredAt());
		assertThat(retired.publicJwk().retired()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> key.retire(NOW.minusSeconds(1)));
	}

	@Test
	void refusesAPublicKeyOfAnotherAlgorithm() {
		IssuerKey key = this.generator.generate("440100-GA", SignatureAlgorithm.ECDSA_P256_SHA256);
		assertThatIllegalArgumentException().isThrownBy(() -> new IssuerKey(key.kid(), key.departmentCode(),
				SignatureAlgorithm.SM2_SM3, key.publicKey(), key.encryptedPrivateKey(), key.createdAt(), null));
	}

	@Test
	void keyEncryptionKeyIsThirtyTwoBytesAndNeverPrinted() {
		byte[] raw = new byte[32];
		raw[0] = 7;
		KeyEncryptionKey fromStandard = KeyEncryptionKey.fromBase64(Base64.getEncoder().encodeToString(raw));
		assertThat(fromStandard).isEqualTo(KeyEncryptionKey.of(raw));
		assertThat(fromStandard).hasToString("KeyEncryptionKey[redacted]");
		assertThatIllegalArgumentException().isThrownBy(() -> KeyEncryptionKey.of(new byte[16]));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> KeyEncryptionKey.fromBase64(Base64.getEncoder().encodeToString(new byte[31])));
		assertThatIllegalArgumentException().isThrownBy(() -> KeyEncryptionKey.fromBase64(null));
	}

}
